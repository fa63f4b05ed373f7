using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Tests.Customers;

public sealed class CustomerCsvReaderTests
{
    private const string Header = "account,name,type,phone,email,preferredChannel,serviceTransformer,specialNeeds,language";

    [Fact]
    public void ReadsQuotedFieldsWithCommasQuotesAndLineBreaks()
    {
        var csv = Header + "\r\n"
            + "1001,\"Mill, \"\"North\"\" & Co\",industrial,+41 1,ops@mill.example,email,TR-7,\"night shift\nno outage before 06:00\",de\r\n"
            + "1002,Anna Meier,household,,,phone,TR-7,,\r\n";

        var list = CustomerCsvReader.Read(new StringReader(csv));

        Assert.Empty(list.Problems);
        Assert.Equal(2, list.Customers.Count);
        var mill = list.Customers[0];
        Assert.Equal("Mill, \"North\" & Co", mill.Name);
        Assert.Equal(CustomerNeeds.None, mill.Needs);
        Assert.Equal((ContactChannel.Email, "TR-7", CustomerType.Industrial), (mill.PreferredChannel, mill.Transformer, mill.Type));
        var anna = list.Customers[1];
        Assert.Null(anna.Phone);
        Assert.Equal(CustomerNeeds.None, anna.Needs);
    }

    [Fact]
    public void BadRowsAreReportedWithTheirLineAndTheRestLoads()
    {
        var csv = string.Join('\n',
            Header,
            "2001,Good One,household,,,sms,TR-1,,en",
            "2002,Too Few,household",
            "\"3001\",\"Multi",
            "line\",household,,,sms,TR-1,,en",
            ",No Account,household,,,sms,TR-1,,en",
            "2001,Again,household,,,sms,TR-1,,en",
            "2003,Last,household,,,sms,TR-2,,en");

        var list = CustomerCsvReader.Read(new StringReader(csv));

        Assert.Equal(["2001", "3001", "2003"], list.Customers.Select(c => c.Account));
        Assert.Equal("Multi\nline", list.Customers[1].Name);
        Assert.Equal([3, 6, 7], list.Problems.Select(p => p.LineNumber));
        Assert.Equal("expected 9 fields, found 3", list.Problems[0].Reason);
        Assert.Equal("the account is empty", list.Problems[1].Reason);
        Assert.Equal("account 2001 appears twice", list.Problems[2].Reason);
    }

    [Fact]
    public void UnclosedQuoteIsReportedNotThrown()
    {
        var list = CustomerCsvReader.Read(new StringReader(Header + "\n4001,\"Open,household,,,sms,TR-1,,en\n"));

        Assert.Empty(list.Customers);
        Assert.Equal(2, Assert.Single(list.Problems).LineNumber);
    }

    [Fact]
    public void StrayQuoteCostsItsOwnRowOnlyAndTheCustomersAfterItLoad()
    {
        var csv = string.Join("\r\n",
            Header,
            "4001,Before,household,,,sms,TR-1,,en",
            "4002,\"Open,household,,,sms,TR-1,,en",
            "4003,After One,household,,,sms,TR-1,,en",
            "4004,\"After, Two\",household,,,sms,TR-1,,en",
            "");

        var list = CustomerCsvReader.Read(new StringReader(csv));

        Assert.Equal(["4001", "4003", "4004"], list.Customers.Select(c => c.Account));
        Assert.Equal("After, Two", list.Customers[2].Name);
        var problem = Assert.Single(list.Problems);
        Assert.Equal(3, problem.LineNumber);
        Assert.Contains("quoted field is not closed on this row", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongHeaderIsAnErrorForTheWholeFile()
    {
        var error = Assert.Throws<InvalidDataException>(() => CustomerCsvReader.Read(new StringReader("id,name\n1,x\n")));

        Assert.Contains("account,name,type", error.Message, StringComparison.Ordinal);
    }
}
