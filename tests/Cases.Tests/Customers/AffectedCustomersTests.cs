using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Tests.Customers;

/// <summary>Affected customers follow the network of <see cref="TestNetwork"/>.</summary>
public sealed class AffectedCustomersTests
{
    private static readonly Customer[] Customers =
    [
        Customer("a1", "TA", null),
        Customer("a2", "ta", null),
        Customer("b1", "TB", null),
        Customer("m1", null, "M1"),
        Customer("c1", "TC", null),
        Customer("d1", "TD", "M9"),
    ];

    private readonly Geo.Assets.AssetNetwork _network = TestNetwork.Build();

    [Theory]
    [InlineData("TA", "a1 a2")]
    [InlineData("TB", "b1 m1")]
    [InlineData("M1", "m1")]
    [InlineData("P1", "a1 a2 b1 m1 d1")]
    [InlineData("P2", "a1 a2 b1 m1 d1")]
    [InlineData("P3", "b1 m1 d1")]
    [InlineData("SW1", "b1 m1 d1")]
    [InlineData("P5", "b1 m1")]
    [InlineData("P6", "")]
    [InlineData("R1", "d1")]
    [InlineData("Q4", "c1")]
    [InlineData("Q3", "c1")]
    [InlineData("Q2", "")]
    [InlineData("Q1", "")]
    [InlineData("L1", "a1 a2 b1 m1 d1")]
    [InlineData("L1b", "a1 a2 b1 m1 d1")]
    [InlineData("L2", "c1")]
    [InlineData("M2", "")]
    public void FindingReachesTheCustomersDownstreamOfItsAsset(string assetId, string accounts)
    {
        var affected = AffectedCustomers.For(assetId, Customers, _network);

        Assert.Equal(accounts.Split(' ', StringSplitOptions.RemoveEmptyEntries), affected.Select(a => a.Customer.Account));
    }

    [Fact]
    public void PathSaysHowTheFindingReachesTheCustomer()
    {
        string PathOf(string asset, string account) =>
            AffectedCustomers.For(asset, Customers, _network).Single(a => a.Customer.Account == account).Path;

        Assert.Equal("P3 is upstream of transformer TB on feeder F1", PathOf("P3", "m1"));
        Assert.Equal("transformer TB is mounted on P5 on feeder F1", PathOf("P5", "b1"));
        Assert.Equal("Q4 is upstream of transformer TC on feeder F2", PathOf("Q4", "c1"));
        Assert.Equal("TA is the transformer that supplies the customer", PathOf("TA", "a1"));
        Assert.Equal("M1 is the customer's meter", PathOf("M1", "m1"));
        Assert.Equal("transformer TD is on feeder F1, supplied through line L1", PathOf("L1", "d1"));
        Assert.Equal("switchgear SW1 on P3: P3 is upstream of transformer TD on feeder F1", PathOf("SW1", "d1"));
        Assert.Equal("TB", AffectedCustomers.For("P1", Customers, _network).Single(a => a.Customer.Account == "m1").Transformer);
    }

    [Fact]
    public void AssetTheNetworkLacksReachesTheCustomersNamingItAndNoAssetReachesNobody()
    {
        Assert.Equal(["d1"], AffectedCustomers.For("M9", Customers, _network).Select(a => a.Customer.Account));
        Assert.Empty(AffectedCustomers.For(null, Customers, _network));
        Assert.Empty(AffectedCustomers.For("NOWHERE", Customers, _network));
    }

    [Fact]
    public void WithoutANetworkOnlyTheCustomersNamingTheAssetAreAffected()
    {
        Assert.Equal(["a1", "a2"], AffectedCustomers.For("TA", Customers).Select(c => c.Account));
        Assert.Empty(AffectedCustomers.For("P1", Customers));
    }

    private static Customer Customer(string account, string? transformer, string? meter) =>
        new(account, account.ToUpperInvariant(), CustomerType.Household, null, null, ContactChannel.Visit, "en",
            CustomerNeeds.None, transformer, meter);
}
