using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Lifecycle;

namespace DroneInspect.Cases.Tests.Lifecycle;

public sealed class CaseIdsTests
{
    [Fact]
    public void FindingsOnOneAssetShareACaseAndAFindingOnNoAssetHasItsOwn()
    {
        var groups = CaseIds.Group([Finding("F1", "P1", CaseUrgency.General), Finding("F2", null, CaseUrgency.Minor), Finding("F3", "P1", CaseUrgency.Critical), Finding("F4", "P2", CaseUrgency.Serious)]);

        Assert.Equal([["F1", "F3"], ["F4"], ["F2"]], groups.Select(g => g.Select(f => f.FindingId).ToArray()));
        var requests = groups.Select(g => CaseOpenRequest.For(g, ["A-1", "A-1"])).ToList();
        Assert.Equal(["C-P1-1", "C-P2-1", "C-flight-1-F2"], requests.Select(r => r.CaseId(1)));
        Assert.Equal(CaseUrgency.Critical, requests[0].Urgency);
        Assert.Equal(["A-1"], requests[0].CustomerAccounts);
    }

    [Fact]
    public void AssetCaseIdsDoNotDependOnTheFlightAndCountFromOne()
    {
        Assert.Equal("C-P1-2", CaseIds.ForAsset("P1", 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseIds.ForAsset("P1", 0));
        Assert.Throws<ArgumentException>(() => CaseOpenRequest.For([Finding("F1", "P1", CaseUrgency.General), Finding("F2", "P1", CaseUrgency.General) with { FlightId = "flight-2" }], []));
    }

    private static CaseFinding Finding(string id, string? asset, CaseUrgency urgency) => new(
        "flight-1", id, "thermal", asset, "pole", "clamp", "serious", "DL/T 664-2016", null, null, urgency,
        90, 30, "similar-component", 20, 60, 85, true, null, null, 8.0, 47.0, 3.0, []);
}
