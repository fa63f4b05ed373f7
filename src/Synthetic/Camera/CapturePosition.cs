using DroneInspect.Synthetic.Geometry;

namespace DroneInspect.Synthetic.Camera;

/// <summary>
/// One capture position of the mission, already rounded to what the files store (GPS to 1e-4 arc seconds, altitude
/// to millimetres, angles to 1/100 degree), so images are rendered from exactly the pose their metadata states.
/// </summary>
internal sealed record CapturePosition(
    int Index,
    DateTimeOffset CaptureTime,
    string Target,
    double LatitudeDegrees,
    double LongitudeDegrees,
    double AltitudeMeters,
    double RelativeAltitudeMeters,
    double GimbalYawDegrees,
    double GimbalPitchDegrees,
    double GimbalRollDegrees,
    double FlightYawDegrees,
    double FlightPitchDegrees,
    double FlightRollDegrees,
    bool ThermalAsTiff,
    Vec3 Position)
{
    public CameraPose Pose => new(Position, GimbalYawDegrees, GimbalPitchDegrees, GimbalRollDegrees);

    /// <summary>DJI file name stem, e.g. DJI_20260615101200_0001.</summary>
    public string FileStem => $"DJI_{CaptureTime:yyyyMMddHHmmss}_{Index:0000}";
}
