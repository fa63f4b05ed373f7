using DroneInspect.Grains.Findings;
using DroneInspect.Grains.Pipeline;

namespace DroneInspect.Grains.Tests.Findings;

/// <summary>Finding ids follow what a finding is (asset, component, kind, position), not its place in the sorted list.</summary>
public sealed class FindingIdentityTests
{
    [Fact]
    public void AWorseFindingJoiningDoesNotRenumberTheOthers()
    {
        var before = FindingMerger.Merge([Hot("C1", "P-1", "top", "general", 47.0), Hot("C2", "P-2", "top", "serious", 47.001)]);
        var after = FindingMerger.Merge(
        [
            Hot("C1", "P-1", "top", "general", 47.0),
            Hot("C2", "P-2", "top", "serious", 47.001),
            Hot("C3", "P-3", "top", "critical", 47.002),
        ]);

        Assert.Equal("P-3", after[0].AssetId); // the new, worst finding sorts first...
        Assert.Equal(IdsByAsset(before), IdsByAsset(after).Where(kv => kv.Key != "P-3")); // ...and the others keep their ids
    }

    [Fact]
    public void SameInputsGiveTheSameIdsInAnyOrder()
    {
        Sighting[] sightings = [Hot("C1", "P-1", "top", "general", 47.0), Hot("C2", null, null, "general", 47.01), Hot("C3", "P-1", "attachment/B", "serious", 47.00002)];

        var once = FindingMerger.Merge(sightings).Select(f => f.Id).Order();
        var again = FindingMerger.Merge(sightings.Reverse()).Select(f => f.Id).Order();

        Assert.Equal(once, again);
        Assert.Contains(FindingMerger.Merge(sightings), f => f.AssetId is null && f.Id.StartsWith("ground-t", StringComparison.Ordinal));
    }

    [Fact]
    public void AFindingWhosePositionShiftsWithANewSightingKeepsItsEarlierId()
    {
        var earlier = Assert.Single(FindingMerger.Merge([Hot("C1", "T-9", "clamp", "general", 47.0, uncertainty: 6)]));

        // A better-located capture moves the finding about 3 m: its minted id would change, the kept one does not.
        var now = Assert.Single(FindingMerger.Merge(
            [Hot("C1", "T-9", "clamp", "general", 47.0, uncertainty: 6), Hot("C2", "T-9", "clamp", "general", 47.000027, uncertainty: 4)],
            prior: [earlier]));

        Assert.NotEqual(FindingIdentity.Mint(now), earlier.Id);
        Assert.Equal(earlier.Id, now.Id);
    }

    [Fact]
    public void DifferentThingsNeverShareAnIdAndCollisionsAreNumbered()
    {
        // Two findings that are different things (different phases) but would mint from the same key parts get distinct ids.
        var findings = FindingMerger.Merge(
        [
            Hot("C1", "T-12", "attachment/A", "general", 47.0),
            Hot("C1", "T-12", "attachment/C", "general", 47.0),
            Hot("C2", "T-12", "attachment/A", "general", 47.0) with { Kind = "visual" },
        ]);

        Assert.Equal(3, findings.Select(f => f.Id).Distinct().Count());
        var earlier = FindingMerger.Merge([Hot("C1", "T-12", "attachment/A", "general", 47.0)]);
        var other = FindingMerger.Merge([Hot("C9", "T-12", "attachment/C", "general", 47.0)], prior: earlier);
        Assert.NotEqual(earlier[0].Id, other[0].Id); // a different phase never takes an earlier finding's id
    }

    private static Dictionary<string, string> IdsByAsset(IEnumerable<DroneInspect.Grains.Abstractions.Finding> findings) =>
        findings.ToDictionary(f => f.AssetId!, f => f.Id, StringComparer.Ordinal);

    private static Sighting Hot(string capture, string? asset, string? component, string grade, double latitude, double uncertainty = 2)
    {
        var sighting = new Sighting(capture, "thermal", asset, component, grade, "rule-1", 60, 45, 15, latitude, 8.0, 500, uncertainty,
            asset is null ? "ground" : "asset", true, null);
        return sighting.Graded(TestGrades.Thermal(TestGrades.DlT664, grade));
    }
}
