using NetTopologySuite.Geometries;

namespace DroneInspect.Geo.Assets;

public enum AssetKind
{
    Line,
    Pole,
    Tower,
    Transformer,
    Switchgear,
    Meter,
}

/// <summary>
/// One asset of the network. Geometry in WGS84 with X = longitude, Y = latitude (degrees), as NetTopologySuite expects.
/// </summary>
/// <param name="HeightMeters">Height of a pole/tower above its base, or of equipment's mount above ground; for a line, its
/// conductors' attachment height above ground at the supports.</param>
/// <param name="GroundElevationMeters">Ground elevation at the asset above sea level, when known.</param>
public sealed record Asset(
    string Id,
    AssetKind Kind,
    Geometry Geometry,
    double? HeightMeters,
    double? GroundElevationMeters,
    double? VoltageKilovolts,
    string? Feeder,
    IReadOnlyDictionary<string, string> Attributes);

/// <summary>A feature the importer skipped, with its id where it had one, why in words, and the reason's category.</summary>
public sealed record AssetProblem(string? FeatureId, string Reason, AssetProblemKind Kind);
