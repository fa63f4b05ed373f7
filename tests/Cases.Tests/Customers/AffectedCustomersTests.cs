using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Tests.Customers;

public sealed class AffectedCustomersTests
{
    private static readonly Customer[] Customers =
    [
        new("1", "A", "household", null, null, "sms", "TR-7", null, "en"),
        new("2", "B", "industrial", null, null, "email", "tr-7", null, "en"),
        new("3", "C", "household", null, null, "sms", "TR-8", null, "en"),
        new("4", "D", "household", null, null, "sms", null, null, "en"),
    ];

    [Fact]
    public void CustomersServedByTheFindingsTransformerAreAffected()
    {
        Assert.Equal(["1", "2"], AffectedCustomers.For("TR-7", Customers).Select(c => c.Account));
    }

    [Fact]
    public void FindingOnNoAssetAffectsNobody()
    {
        Assert.Empty(AffectedCustomers.For(null, Customers));
        Assert.Empty(AffectedCustomers.For("SPAN-1", Customers));
    }
}
