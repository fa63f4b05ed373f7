using DroneInspect.Geo.Assets;
using NetTopologySuite.Geometries;

namespace DroneInspect.Cases.Requests;

/// <summary>
/// One asset to fly to, with every reason it is on the list. Carries no personal data: asset ids, symptoms, counts,
/// request and case ids only, so it can go to pilots and into exports.
/// </summary>
/// <param name="Geometry">The asset's geometry, WGS84 degrees, X = longitude, Y = latitude.</param>
/// <param name="Priority">The highest priority of its requests and cases.</param>
/// <param name="DueUtc">The earliest due time of its requests and cases.</param>
public sealed record FlightTarget(
    string AssetId,
    AssetKind Kind,
    Geometry Geometry,
    RequestPriority Priority,
    IReadOnlyList<string> Reasons,
    DateTimeOffset DueUtc,
    IReadOnlyList<string> RequestIds,
    IReadOnlyList<string> CaseIds);
