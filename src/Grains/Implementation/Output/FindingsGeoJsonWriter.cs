using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Grains.Output;

/// <summary>Writes findings.geojson: <see cref="FindingsGeoJson"/>'s FeatureCollection, the same shape the HTTP API serves.</summary>
public static class FindingsGeoJsonWriter
{
    public const string FileName = "findings.geojson";

    public static string ToGeoJson(IReadOnlyList<Finding> findings) => FindingsGeoJson.ToGeoJson(findings);

    /// <summary>Writes <see cref="FileName"/> in <paramref name="outputFolder"/> atomically; returns its path.</summary>
    public static string Write(string outputFolder, IReadOnlyList<Finding> findings)
    {
        var path = Path.Combine(outputFolder, FileName);
        AtomicFile.WriteAllText(path, ToGeoJson(findings));
        return path;
    }
}
