namespace DroneInspect.Synthetic.SideFiles;

/// <summary>
/// What the sample flight really contains (ground-truth.json, camelCase). Angles in degrees (yaw clockwise from
/// north, pitch 0 horizon / -90 nadir), positions WGS84 degrees, altitudes metres above sea level, temperatures Celsius.
/// </summary>
public sealed record GroundTruth(
    int Seed,
    double GroundElevationMeters,
    double AmbientTemperatureCelsius,
    GroundTruthRadiometry Radiometry,
    IReadOnlyList<GroundTruthCapture> Captures,
    IReadOnlyList<GroundTruthDefect> Defects);

/// <summary>
/// How the thermal files were written: FLIR JPEG CameraInfo values (temperatures Celsius, humidity 0..1) and the
/// TIFF gain (kelvin per count).
/// </summary>
public sealed record GroundTruthRadiometry(
    double PlanckR1, double PlanckB, double PlanckF, double PlanckO, double PlanckR2,
    double Emissivity, double ObjectDistanceMeters, double ReflectedTemperatureCelsius, double AtmosphericTemperatureCelsius,
    double IrWindowTemperatureCelsius, double IrWindowTransmission, double RelativeHumidity,
    double AtmosphericAlpha1, double AtmosphericAlpha2, double AtmosphericBeta1, double AtmosphericBeta2, double AtmosphericX,
    double TiffGainKelvinPerCount);

/// <param name="Format">"jpeg" (RGB), "flir-rjpeg" (FLIR FFF in APP1) or "tiff" (16-bit counts).</param>
public sealed record GroundTruthCapture(
    string File,
    string Kind,
    string Format,
    string CaptureTime,
    double Latitude,
    double Longitude,
    double AltitudeMeters,
    double RelativeAltitudeMeters,
    double GimbalYawDegrees,
    double GimbalPitchDegrees,
    double GimbalRollDegrees,
    double FlightYawDegrees,
    double FxPixels,
    double FyPixels,
    double CxPixels,
    double CyPixels,
    int Width,
    int Height);

/// <summary>A sighting pixel: image x right, y down, pixel centres at integer coordinates.</summary>
public sealed record GroundTruthSighting(string File, double PixelX, double PixelY);

/// <param name="AffectedCustomerAccounts">The sample customers the defect affects (accounts, in customers.csv order), as the
/// generator built the feeder: the customers of every transformer on the defect's asset or downstream of it.</param>
public sealed record GroundTruthDefect(
    string Id,
    string Kind,
    string AssetId,
    string Component,
    string? Phase,
    string? VisualClass,
    double Longitude,
    double Latitude,
    double AltitudeMeters,
    double? TemperatureCelsius,
    double? ReferenceTemperatureCelsius,
    ExpectedGrade? ExpectedGrade,
    IReadOnlyList<GroundTruthSighting> Sightings,
    IReadOnlyList<string> AffectedCustomerAccounts);
