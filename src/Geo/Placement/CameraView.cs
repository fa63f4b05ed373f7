namespace DroneInspect.Geo.Placement;

/// <summary>
/// Where a camera was and how it looked. Degrees: latitude/longitude WGS84; yaw clockwise from true north;
/// pitch 0 at the horizon, -90 nadir; roll positive clockwise seen from behind the camera.
/// Intrinsics in pixels of this image (pinhole, no distortion).
/// </summary>
/// <param name="AltitudeMeters">Camera altitude above sea level.</param>
/// <param name="GroundElevationMeters">Take-off ground elevation above sea level (absolute minus relative altitude), when known.</param>
public sealed record CameraView(
    double LatitudeDegrees,
    double LongitudeDegrees,
    double AltitudeMeters,
    double? GroundElevationMeters,
    double YawDegrees,
    double PitchDegrees,
    double RollDegrees,
    double FocalLengthPixelsX,
    double FocalLengthPixelsY,
    double PrincipalPointX,
    double PrincipalPointY,
    int WidthPixels,
    int HeightPixels);
