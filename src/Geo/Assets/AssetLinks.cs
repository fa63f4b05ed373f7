using System.Text.Json;

namespace DroneInspect.Geo.Assets;

/// <summary>Reads the links between assets that the schema keeps in attributes (supports of a line, mount of equipment).</summary>
public static class AssetLinks
{
    /// <summary>Ids of a line's supports in order (attribute <c>supports</c>, a JSON array of strings); empty when absent.</summary>
    public static IReadOnlyList<string> Supports(this Asset line)
    {
        if (!line.Attributes.TryGetValue("supports", out var raw))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(raw);
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? document.RootElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!).ToArray()
                : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>Id of the pole or tower equipment is mounted on (attribute <c>mountedOn</c>), when given.</summary>
    public static string? MountedOn(this Asset equipment) =>
        equipment.Attributes.TryGetValue("mountedOn", out var id) && id.Length > 0 ? id : null;

    /// <summary>A numeric attribute parsed with the invariant culture; null when absent or not a number.</summary>
    public static double? NumberAttribute(this Asset asset, string key) =>
        asset.Attributes.TryGetValue(key, out var raw) && double.TryParse(raw, System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    /// <summary>Equipment without its own ground elevation takes the one of the support it is mounted on.</summary>
    internal static IReadOnlyList<Asset> FillMountElevations(List<Asset> assets)
    {
        var byId = assets.ToDictionary(a => a.Id, StringComparer.Ordinal);
        for (var i = 0; i < assets.Count; i++)
        {
            var asset = assets[i];
            if (asset.GroundElevationMeters is null && asset.MountedOn() is { } mount
                && byId.TryGetValue(mount, out var support) && support.GroundElevationMeters is { } elevation)
            {
                assets[i] = asset with { GroundElevationMeters = elevation };
            }
        }

        return assets;
    }
}
