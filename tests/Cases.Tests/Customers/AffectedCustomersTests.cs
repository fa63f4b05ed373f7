using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Tests.Customers;

public sealed class AffectedCustomersTests
{
    private static readonly Customer[] Customers =
    [
        new("1", "A", CustomerType.Household, null, null, ContactChannel.Sms, "en", CustomerNeeds.None, "TR-7", null),
        new("2", "B", CustomerType.Industrial, null, null, ContactChannel.Email, "en", CustomerNeeds.None, "tr-7", null),
        new("3", "C", CustomerType.Household, null, null, ContactChannel.Sms, "en", CustomerNeeds.None, "TR-8", null),
        new("4", "D", CustomerType.Household, null, null, ContactChannel.Sms, "en", CustomerNeeds.None, null, null),
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
