using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Tests.Customers;

/// <summary>The network check after reading: customers tied to assets the network lacks are reported on their rows.</summary>
public sealed class CustomerValidationTests
{
    private const string Header = "account,name,type,phone,email,preferredChannel,language,flags,transformer,meter";

    [Fact]
    public void MixedBadFileReportsEachRowOnItsLineAndImportsTheRest()
    {
        var csv = string.Join('\n',
            Header,
            "C-1,Anna Keller,household,+41 44 555 01 01,anna@example.ch,sms,en,,TA,",
            "C-2,Short Row,household,+41 44 555 01 02",
            "C-3,Bad Phone,household,+41 44 555 01 0x,,phone,en,,TA,",
            "C-4,Bad Mail,household,,bad@mail,email,en,,TB,",
            "C-5,Unknown Transformer,household,,,visit,en,,T-99,",
            "C-6,\"Unclosed,household,,,visit,en,,TA,",
            "C-7,王芳,household,+41 44 555 01 07,,phone,zh-CN,elderly,,M1",
            "C-8,Pole As Transformer,household,,,visit,en,,P2,",
            "C-9,Meter Without Transformer,household,,,visit,en,,,M2",
            "C-10,Last One,commercial,,shop@example.ch,email,en,,TB,");

        var read = CustomerCsvReader.Read(new StringReader(csv));
        var checkedList = CustomerValidation.AgainstNetwork(read, TestNetwork.Build());

        Assert.Equal(["C-1", "C-5", "C-7", "C-8", "C-9", "C-10"], read.Customers.Select(c => c.Account));
        Assert.Equal(["C-1", "C-7", "C-10"], checkedList.Customers.Select(c => c.Account));
        Assert.Equal([3, 4, 5, 6, 7, 9, 10], checkedList.Problems.Select(p => p.LineNumber));
        string Reason(int line) => checkedList.Problems.Single(p => p.LineNumber == line).Reason;
        Assert.Equal("expected 10 fields, found 4", Reason(3));
        Assert.StartsWith("bad phone number '+41 44 555 01 0x'", Reason(4), StringComparison.Ordinal);
        Assert.StartsWith("bad e-mail address 'bad@mail'", Reason(5), StringComparison.Ordinal);
        Assert.Equal("transformer T-99 is not in the asset network", Reason(6));
        Assert.Contains("quoted field is not closed on this row", Reason(7), StringComparison.Ordinal);
        Assert.Equal("P2 is a pole in the asset network, not a transformer", Reason(9));
        Assert.StartsWith("meter M2 names no transformer", Reason(10), StringComparison.Ordinal);
        Assert.Equal(11, checkedList.LineOf("C-10"));
    }

    [Fact]
    public void UnknownMeterIsNamed()
    {
        var read = CustomerCsvReader.Read(new StringReader(Header + "\nC-1,A,household,,,visit,en,,,M-404\n"));

        var problem = Assert.Single(CustomerValidation.AgainstNetwork(read, TestNetwork.Build()).Problems);

        Assert.Equal((2, "meter M-404 is not in the asset network"), (problem.LineNumber, problem.Reason));
    }
}
