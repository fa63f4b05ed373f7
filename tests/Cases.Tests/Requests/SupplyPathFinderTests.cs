using DroneInspect.Cases.Requests;
using DroneInspect.Geo.Assets;

namespace DroneInspect.Cases.Tests.Requests;

public sealed class SupplyPathFinderTests
{
    [Fact]
    public void CustomerOnTheTrunkIsSuppliedThroughMeterTransformerMountAndTrunkFromTheSource()
    {
        Assert.True(new SupplyPathFinder(RequestFixtures.Network()).TryFind(RequestFixtures.Wang, out var path, out _));

        Assert.Equal("M1", path.MeterId);
        Assert.Equal("T1", path.TransformerId);
        Assert.Equal("P3", path.MountId);
        Assert.Equal(["S0", "P1", "P2", "P3"], path.SupportIdsFromSource);
        Assert.Equal(["L1"], path.LineIdsFromSource);
        Assert.Equal(["M1", "T1", "P3", "P2", "P1", "S0", "L1"], path.AllAssetIds);
    }

    [Fact]
    public void TrunkListedFromItsFarEndGivesTheSamePathWhenSourceEndIsLast()
    {
        Assert.True(new SupplyPathFinder(RequestFixtures.Network(trunkListedFromFarEnd: true)).TryFind(RequestFixtures.Wang, out var path, out _));

        Assert.Equal(["S0", "P1", "P2", "P3"], path.SupportIdsFromSource);
        Assert.Equal(["P2", "P1", "S0"], path.UpstreamSupportIdsNearestFirst);
    }

    [Fact]
    public void CustomerOnABranchIsWalkedBackThroughTheTrunkItLeaves()
    {
        var zhao = RequestFixtures.Customers.Single(c => c.Account == "1004");

        Assert.True(new SupplyPathFinder(RequestFixtures.Network()).TryFind(zhao, out var path, out _));

        Assert.Null(path.MeterId);
        Assert.Equal("B2", path.MountId);
        Assert.Equal(["S0", "P1", "P2", "B1", "B2"], path.SupportIdsFromSource);
        Assert.Equal(["L1", "L2"], path.LineIdsFromSource);
    }

    [Fact]
    public void CustomerWithOnlyAMeterIsSuppliedByTheTransformerTheMeterNames()
    {
        var li = RequestFixtures.Customers.Single(c => c.Account == "1002");

        Assert.True(new SupplyPathFinder(RequestFixtures.Network()).TryFind(li, out var path, out _));

        Assert.Equal("M1", path.MeterId);
        Assert.Equal("T1", path.TransformerId);
    }

    [Fact]
    public void TransformerMissingFromTheNetworkIsNamedInTheProblem()
    {
        var stray = RequestFixtures.Wang with { Transformer = "T9", Meter = null };

        Assert.False(new SupplyPathFinder(RequestFixtures.Network()).TryFind(stray, out _, out var problem));

        Assert.Contains("'T9'", problem);
    }

    [Fact]
    public void CustomerWithNeitherTransformerNorMeterHasNoPath()
    {
        var nowhere = RequestFixtures.Wang with { Transformer = null, Meter = null };

        Assert.False(new SupplyPathFinder(RequestFixtures.Network()).TryFind(nowhere, out _, out var problem));

        Assert.Contains("neither a transformer nor a meter", problem);
    }

    [Fact]
    public void SupportListedByTheLineButMissingFromTheNetworkIsLeftOutOfThePath()
    {
        var withoutP1 = new AssetNetwork(RequestFixtures.Network().Assets.Where(a => a.Id != "P1").ToList(), []);

        Assert.True(new SupplyPathFinder(withoutP1).TryFind(RequestFixtures.Wang, out var path, out _));

        Assert.Equal(["S0", "P2", "P3"], path.SupportIdsFromSource);
    }
}
