using System.Globalization;

namespace DroneInspect.Geo.Assets;

/// <summary>
/// What a loaded network says about its file, in the words a report shows: features dropped, counted per reason, and
/// whether anything usable is left. A network with no usable feature places nothing on an asset, so a flight stops at
/// once rather than run every capture against nothing.
/// </summary>
public static class AssetNetworkCheck
{
    /// <summary>
    /// One line per reason features were dropped: "assets.geojson: 7 features dropped: missing id (e.g. (no id):
    /// missing id (properties.id must be a non-empty string))". Empty when nothing was dropped.
    /// </summary>
    public static IReadOnlyList<string> DroppedLines(AssetNetwork network, string source) =>
        network.Problems
            .GroupBy(p => p.Kind)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture,
                $"{source}: {g.Count():N0} feature{(g.Count() == 1 ? string.Empty : "s")} dropped: {AssetProblemKinds.Describe(g.Key)} (e.g. {g.First().FeatureId ?? "(no id)"}: {g.First().Reason})"))
            .ToList();

    /// <summary>Null when the network has an asset; else why it is unusable, with the drops counted per reason.</summary>
    public static string? Unusable(AssetNetwork network, string source)
    {
        if (network.Assets.Count > 0)
        {
            return null;
        }

        if (network.Problems.Count == 0)
        {
            return $"{source} has no usable feature: it holds no features";
        }

        var reasons = network.Problems.GroupBy(p => p.Kind).OrderByDescending(g => g.Count())
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{AssetProblemKinds.Describe(g.Key)}: {g.Count():N0}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"{source} has no usable feature: all {network.Problems.Count:N0} dropped ({string.Join("; ", reasons)})");
    }

    /// <summary>A distance for people: "850 m" under 10 km, else "6,012 km".</summary>
    public static string DistanceText(double meters) => meters < 10_000
        ? string.Create(CultureInfo.InvariantCulture, $"{meters:N0} m")
        : string.Create(CultureInfo.InvariantCulture, $"{meters / 1000:N0} km");

    /// <summary>The problem a capture out of the network's reach gives: "capture X is 6,012 km from the asset network's extent; placed on the ground".</summary>
    public static string OutOfReachText(string capture, double meters) =>
        $"capture {capture} is {DistanceText(meters)} from the asset network's extent; placed on the ground";
}
