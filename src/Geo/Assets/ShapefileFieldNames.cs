namespace DroneInspect.Geo.Assets;

/// <summary>
/// Shapefile (dBASE) field names are at most 10 characters, so the schema's longer names are shortened:
/// <c>heightM</c> = heightMeters, <c>groundElev</c> = groundElevationMeters, <c>voltageKv</c>, <c>feeder</c>,
/// <c>supports</c> (support ids in order, comma-separated: "P1,P2,P3"), <c>phases</c>, <c>phaseSpace</c> =
/// phaseSpacingMeters, <c>attachH</c> = attachmentHeightMeters, <c>sagM</c> = sagMeters, <c>mountedOn</c>,
/// <c>mountH</c> = mountHeightMeters, <c>ratingKva</c>, <c>id</c>, <c>kind</c>, <c>type</c>. Other fields keep their
/// names. Matching is case-insensitive (dBASE tools often upper-case names).
/// </summary>
public static class ShapefileFieldNames
{
    /// <summary>Shapefile field name -> schema attribute name, for the names that differ.</summary>
    public static IReadOnlyDictionary<string, string> ToSchema { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "id",
        ["kind"] = "kind",
        ["type"] = "type",
        ["feeder"] = "feeder",
        ["heightM"] = "heightMeters",
        ["groundElev"] = "groundElevationMeters",
        ["voltageKv"] = "voltageKv",
        ["supports"] = "supports",
        ["phases"] = "phases",
        ["phaseSpace"] = "phaseSpacingMeters",
        ["attachH"] = "attachmentHeightMeters",
        ["sagM"] = "sagMeters",
        ["mountedOn"] = "mountedOn",
        ["mountH"] = "mountHeightMeters",
        ["ratingKva"] = "ratingKva",
    };

    /// <summary>Schema attribute name -> shapefile field name (for writers).</summary>
    public static IReadOnlyDictionary<string, string> FromSchema { get; } =
        ToSchema.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The schema name of a shapefile field (unknown fields keep their own name).</summary>
    public static string Schema(string fieldName) => ToSchema.TryGetValue(fieldName, out var name) ? name : fieldName;
}
