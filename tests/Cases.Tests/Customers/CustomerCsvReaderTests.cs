using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Tests.Customers;

public sealed class CustomerCsvReaderTests
{
    private const string Header = "account,name,type,phone,email,preferredChannel,language,flags,transformer,meter";

    [Fact]
    public void ReadsEveryColumnOfTheNewHeader()
    {
        var csv = Header + "\n"
            + "C-1,王秀英,household,+41 44 555 01 01,wang@example.ch,phone,zh-CN,elderly;medical-equipment,T-1,\n"
            + "C-2,Glattal Cold Store AG,industrial,+41 44 555 03 02,ops@example.ch,email,en-GB,continuous-supply,,M-7\n";

        var list = CustomerCsvReader.Read(new StringReader(csv));

        Assert.Empty(list.Problems);
        Assert.Equal(
            new Customer("C-1", "王秀英", CustomerType.Household, "+41 44 555 01 01", "wang@example.ch", ContactChannel.Phone,
                "zh-CN", CustomerNeeds.Elderly | CustomerNeeds.MedicalEquipment, "T-1", null),
            list.Customers[0]);
        Assert.Equal(
            new Customer("C-2", "Glattal Cold Store AG", CustomerType.Industrial, "+41 44 555 03 02", "ops@example.ch",
                ContactChannel.Email, "en", CustomerNeeds.ContinuousSupply, null, "M-7"),
            list.Customers[1]);
        Assert.Equal((2, 3), (list.LineOf("C-1"), list.LineOf("C-2")));
    }

    [Fact]
    public void ColumnsAreFoundByNameInAnyOrderIgnoringCaseAndExtraColumns()
    {
        var csv = "Meter, Transformer ,LANGUAGE,notes,preferredchannel,Email,Phone,Type,Name,Account\n"
            + ",T-9,zh,call after 6,sms,,+41 44 555 01 09,critical,Clinic Sonnenberg,C-9\n";

        var customer = Assert.Single(CustomerCsvReader.Read(new StringReader(csv)).Customers);

        Assert.Equal(("C-9", "Clinic Sonnenberg", CustomerType.Critical, "zh-CN", "T-9", ContactChannel.Sms),
            (customer.Account, customer.Name, customer.Type, customer.Language, customer.Transformer, customer.PreferredChannel));
    }

    [Fact]
    public void ReadsQuotedFieldsWithCommasQuotesAndLineBreaks()
    {
        var csv = Header + "\r\n"
            + "1001,\"Mill, \"\"North\"\" & Co\",industrial,+41 44 555 00 01,ops@mill.example.ch,email,en,,T-7,\r\n"
            + "1002,\"Anna\nMeier\",household,,,visit,en,,T-7,\r\n"
            + "1003,After,household,,,visit,en,,T-7,\r\n";

        var list = CustomerCsvReader.Read(new StringReader(csv));

        Assert.Empty(list.Problems);
        Assert.Equal(["Mill, \"North\" & Co", "Anna\nMeier", "After"], list.Customers.Select(c => c.Name));
        Assert.Equal(5, list.LineOf("1003"));
    }

    [Fact]
    public void OldHeaderWithServiceTransformerAndSpecialNeedsStillLoads()
    {
        var csv = "account,name,type,phone,email,preferredChannel,serviceTransformer,specialNeeds,language\n"
            + "C-1,Anna Keller,household,+41 44 555 01 01,anna@example.ch,sms,T-F3-05,,en\n"
            + "C-2,Sofia Meier,household,+41 44 555 01 05,,phone,T-F3-05,life-support,en\n"
            + "C-3,Bäckerei Sonnenberg,small-business,+41 44 555 02 01,,phone,T-F3-05,elderly owner,en\n";

        var list = CustomerCsvReader.Read(new StringReader(csv));

        Assert.Empty(list.Problems);
        Assert.All(list.Customers, c => Assert.Equal("T-F3-05", c.Transformer));
        Assert.Equal(
            [CustomerNeeds.None, CustomerNeeds.ContinuousSupply | CustomerNeeds.MedicalEquipment, CustomerNeeds.Elderly],
            list.Customers.Select(c => c.Needs));
        Assert.Equal(CustomerType.Commercial, list.Customers[2].Type);
    }

    [Fact]
    public void HeaderMissingRequiredColumnsRefusesTheWholeFileNamingThem()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            CustomerCsvReader.Read(new StringReader("account,name,type,email,language\nC-1,x,household,,en\n")));

        Assert.Contains("lacks the columns phone, preferredChannel, transformer or meter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnNamedTwiceOrNoHeaderRefusesTheFile()
    {
        var twice = Assert.Throws<InvalidDataException>(() =>
            CustomerCsvReader.Read(new StringReader(Header + ",serviceTransformer\n")));
        var empty = Assert.Throws<InvalidDataException>(() => CustomerCsvReader.Read(new StringReader(string.Empty)));

        Assert.Contains("names the column 'transformer' twice", twice.Message, StringComparison.Ordinal);
        Assert.Contains("is empty", empty.Message, StringComparison.Ordinal);
    }
}
