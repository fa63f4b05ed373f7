namespace DroneInspect.Geo.Assets;

/// <summary>
/// The asset attribute schema every importer shares (GeoJSON property names; GeoPackage column names are the same;
/// shapefile fields are shortened, see <see cref="ShapefileFieldNames"/>).
/// </summary>
internal static class AssetSchema
{
    /// <summary>Attributes that must be numbers when present (a wrong one makes the feature unusable).</summary>
    public static readonly string[] NumericKeys =
    [
        "heightMeters", "groundElevationMeters", "mountHeightMeters", "ratingKva", "voltageKv", "phases",
        "phaseSpacingMeters", "attachmentHeightMeters", "sagMeters",
    ];

    /// <summary>The attribute that feeds <see cref="Asset.HeightMeters"/> for a kind.</summary>
    public static string HeightKey(AssetKind kind) => kind switch
    {
        AssetKind.Pole or AssetKind.Tower => "heightMeters",
        AssetKind.Line => "attachmentHeightMeters",
        _ => "mountHeightMeters",
    };

    public static bool TryParseKind(string? text, out AssetKind kind)
    {
        (var ok, kind) = text switch
        {
            "line" => (true, AssetKind.Line),
            "pole" => (true, AssetKind.Pole),
            "tower" => (true, AssetKind.Tower),
            "transformer" => (true, AssetKind.Transformer),
            "switchgear" => (true, AssetKind.Switchgear),
            "meter" => (true, AssetKind.Meter),
            _ => (false, default),
        };
        return ok;
    }
}
