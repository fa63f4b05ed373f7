namespace DroneInspect.Cases.Requests;

/// <summary>
/// Which assets of a supply path a symptom points at, most likely first: a burning smell or a sparking meter box at the
/// customer's meter and transformer; flicker at the transformer and the connections upstream on the feeder; an outage
/// anywhere on the path; noise at the transformer and its support.
/// </summary>
public static class SymptomTargets
{
    /// <summary>(asset id, role) pairs in the order they should be looked at.</summary>
    public static IReadOnlyList<(string AssetId, string Role)> For(ReportSymptom symptom, SupplyPath path)
    {
        var meter = Role(path.MeterId, "meter");
        var transformer = Role(path.TransformerId, "transformer");
        var mount = Role(path.MountId, "mount");
        var upstream = path.UpstreamSupportIdsNearestFirst.Select(id => (id, "upstream-support"));
        var lines = path.LineIdsFromSource.Reverse().Select(id => (id, "line"));
        IEnumerable<(string, string)> ordered = symptom switch
        {
            ReportSymptom.BurningSmell or ReportSymptom.SparkingMeterBox => [.. meter, .. transformer, .. mount],
            ReportSymptom.Flicker => [.. transformer, .. mount, .. upstream],
            ReportSymptom.Outage => [.. meter, .. transformer, .. mount, .. upstream, .. lines],
            ReportSymptom.Noise => [.. transformer, .. mount],
            _ => [.. transformer, .. mount, .. meter],
        };
        return ordered.DistinctBy(t => t.Item1, StringComparer.Ordinal).ToList();
    }

    private static (string, string)[] Role(string? assetId, string role) => assetId is null ? [] : [(assetId, role)];
}
