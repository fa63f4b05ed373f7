namespace DroneInspect.Ingestion.Metadata;

/// <summary>WGS84 position. Latitude/longitude in decimal degrees (north/east positive); altitude in metres above sea level.</summary>
public sealed record GpsPosition(double LatitudeDegrees, double LongitudeDegrees, double? AltitudeMeters);

/// <summary>
/// Drone and gimbal attitude (DJI drone-dji XMP). Degrees: yaw clockwise from true north, pitch 0 at the horizon and
/// -90 looking straight down (nadir), roll positive clockwise seen from behind the camera.
/// </summary>
public sealed record CapturePose(
    double? GimbalYawDegrees,
    double? GimbalPitchDegrees,
    double? GimbalRollDegrees,
    double? FlightYawDegrees,
    double? FlightPitchDegrees,
    double? FlightRollDegrees,
    double? RelativeAltitudeMeters,
    double? AbsoluteAltitudeMeters);

/// <summary>What one capture file says about itself.</summary>
/// <param name="FocalPlaneResolutionPerMillimeter">Pixels per millimetre on the sensor (EXIF FocalPlaneX/YResolution converted from its unit).</param>
public sealed record CaptureMetadata(
    string Path,
    string? Make,
    string? Model,
    DateTimeOffset? CaptureTime,
    GpsPosition? Gps,
    CapturePose? Pose,
    double? FocalLengthMillimeters,
    double? FocalLength35mmEquivalent,
    double? FocalPlaneXResolutionPerMillimeter,
    double? FocalPlaneYResolutionPerMillimeter,
    int? ImageWidth,
    int? ImageHeight)
{
    /// <summary>
    /// The unit the file states its focal-plane resolution in ("inch", "cm" or "mm": EXIF FocalPlaneResolutionUnit 2, 3, 4),
    /// or null where it states no resolution. The per-millimetre values above are already converted from it.
    /// </summary>
    public string? FocalPlaneResolutionUnit { get; init; }
}
