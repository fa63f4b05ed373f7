using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Tests.Customers;

/// <summary>Every kind of bad row is reported on its own line, naming what is wrong, and the rows around it load.</summary>
public sealed class CustomerCsvRowProblemTests
{
    private const string Header = "account,name,type,phone,email,preferredChannel,language,flags,transformer,meter";
    private const string Good = "household,+41 44 555 01 01,a@example.ch,sms,en,,T-1,";

    [Theory]
    [InlineData("C-2,Short,household", "expected 10 fields, found 3")]
    [InlineData(",No Account," + Good, "the account is empty")]
    [InlineData("C-2,," + Good, "the name is empty")]
    [InlineData("C-2,X,farm,,,visit,en,,T-1,", "unknown type 'farm'; use one of household, commercial, industrial, critical")]
    [InlineData("C-2,X,household,,,fax,en,,T-1,", "unknown preferred channel 'fax'; use one of sms, email, phone, visit")]
    [InlineData("C-2,X,household,,,visit,de,,T-1,", "unknown language 'de'; use one of en, zh-CN")]
    [InlineData("C-2,X,household,,,visit,en,elderly;deaf,T-1,", "unknown flag 'deaf'; use elderly, continuous-supply, medical-equipment")]
    [InlineData("C-2,X,household,+41 44 555 O1 01,,phone,en,,T-1,", "bad phone number '+41 44 555 O1 01'")]
    [InlineData("C-2,X,household,12345,,phone,en,,T-1,", "bad phone number '12345'")]
    [InlineData("C-2,X,household,0041 44 555 01 01 99 88,,phone,en,,T-1,", "6 to 15 digits")]
    [InlineData("C-2,X,household,,anna.example.ch,email,en,,T-1,", "bad e-mail address 'anna.example.ch'")]
    [InlineData("C-2,X,household,,anna@example,email,en,,T-1,", "bad e-mail address 'anna@example'")]
    [InlineData("C-2,X,household,,an na@example.ch,email,en,,T-1,", "bad e-mail address 'an na@example.ch'")]
    [InlineData("C-2,X,household,,a@b@example.ch,email,en,,T-1,", "bad e-mail address 'a@b@example.ch'")]
    [InlineData("C-2,X,household,,a@example.ch,sms,en,,T-1,", "the preferred channel is sms but there is no phone number")]
    [InlineData("C-2,X,household,,a@example.ch,phone,en,,T-1,", "the preferred channel is phone but there is no phone number")]
    [InlineData("C-2,X,household,+41 44 555 01 01,,email,en,,T-1,", "the preferred channel is email but there is no e-mail address")]
    [InlineData("C-2,X,household,,,visit,en,,,", "neither a transformer nor a meter is given")]
    [InlineData("C-1,Again," + Good, "account C-1 appears twice (first on line 2)")]
    [InlineData("C-2,Jo\"hn," + Good, "broken quoting")]
    public void BadRowIsReportedOnItsLineAndTheRowsAroundItLoad(string row, string reason)
    {
        var csv = string.Join('\n', Header, "C-1,First," + Good, row, "C-3,Last," + Good);

        var list = CustomerCsvReader.Read(new StringReader(csv));

        Assert.Equal(["C-1", "C-3"], list.Customers.Select(c => c.Account));
        var problem = Assert.Single(list.Problems);
        Assert.Equal(3, problem.LineNumber);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblemOfARowIsNamed()
    {
        var csv = string.Join('\n', Header, "C-2,X,shed,12,no-at,fax,fr,,,");

        var reason = Assert.Single(CustomerCsvReader.Read(new StringReader(csv)).Problems).Reason;

        Assert.All(["unknown type 'shed'", "unknown preferred channel 'fax'", "unknown language 'fr'", "bad phone number '12'",
            "bad e-mail address 'no-at'", "neither a transformer nor a meter"], part => Assert.Contains(part, reason, StringComparison.Ordinal));
    }

    [Fact]
    public void GoodContactsInTheirUsualShapesAreAccepted()
    {
        var csv = string.Join('\n', Header,
            "C-1,A,household,(044) 555-0101,first.last+tag@mail.example.co.uk,email,en,,T-1,",
            "C-2,B,household,+86 138 0013 8000,,phone,zh-Hans,,T-1,",
            "C-3,C,household,044555010,,sms,en-GB,,T-1,");

        var list = CustomerCsvReader.Read(new StringReader(csv));

        Assert.Empty(list.Problems);
        Assert.Equal(["en", "zh-CN", "en"], list.Customers.Select(c => c.Language));
    }

    [Fact]
    public void UnclosedQuoteCostsItsOwnRowOnlyAndTheCustomersAfterItLoad()
    {
        var csv = string.Join("\r\n",
            Header,
            "4001,Before," + Good,
            "4002,\"Open," + Good,
            "4003,After One," + Good,
            "4004,\"After, Two\"," + Good,
            "");

        var list = CustomerCsvReader.Read(new StringReader(csv));

        Assert.Equal(["4001", "4003", "4004"], list.Customers.Select(c => c.Account));
        Assert.Equal("After, Two", list.Customers[2].Name);
        Assert.Equal((4, 5), (list.LineOf("4003"), list.LineOf("4004")));
        var problem = Assert.Single(list.Problems);
        Assert.Equal(3, problem.LineNumber);
        Assert.Contains("quoted field is not closed on this row", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedQuoteOnTheLastRowIsReportedNotThrown()
    {
        var list = CustomerCsvReader.Read(new StringReader(Header + "\n4001,\"Open," + Good + "\n"));

        Assert.Empty(list.Customers);
        Assert.Equal(2, Assert.Single(list.Problems).LineNumber);
    }
}
