namespace DroneInspect.Synthetic.Camera;

/// <summary>
/// A pinhole camera's sensor and lens (no distortion). Pixel centres sit at integer coordinates; the principal point
/// is the image centre.
/// </summary>
internal sealed record CameraIntrinsics(
    string Suffix,
    int WidthPixels,
    int HeightPixels,
    double FocalLengthMillimeters,
    double SensorWidthMillimeters,
    double SensorHeightMillimeters,
    int FocalLengthIn35mmFilm)
{
    /// <summary>Wide RGB camera of an M30T-like payload: 4.5 mm lens on a 6.4 x 4.8 mm sensor.</summary>
    public static CameraIntrinsics Wide { get; } = new("W", 1280, 960, 4.5, 6.4, 4.8, 24);

    /// <summary>Thermal camera: 13.5 mm lens, 640 x 512 pixels of 12 um (7.68 x 6.144 mm).</summary>
    public static CameraIntrinsics Thermal { get; } = new("T", 640, 512, 13.5, 7.68, 6.144, 59);

    public double FxPixels => FocalLengthMillimeters * WidthPixels / SensorWidthMillimeters;

    public double FyPixels => FocalLengthMillimeters * HeightPixels / SensorHeightMillimeters;

    public double CxPixels => (WidthPixels - 1) / 2.0;

    public double CyPixels => (HeightPixels - 1) / 2.0;

    /// <summary>EXIF FocalPlaneXResolution in pixels per centimetre as an exact fraction (numerator, denominator).</summary>
    public (uint Numerator, uint Denominator) FocalPlaneXResolutionPerCm => Fraction(WidthPixels, SensorWidthMillimeters);

    public (uint Numerator, uint Denominator) FocalPlaneYResolutionPerCm => Fraction(HeightPixels, SensorHeightMillimeters);

    private static (uint, uint) Fraction(int pixels, double sensorMillimeters)
    {
        // pixels / (mm / 10) with the sensor size given to micrometres.
        uint micrometres = (uint)Math.Round(sensorMillimeters * 1000);
        uint numerator = (uint)pixels * 10000;
        uint g = Gcd(numerator, micrometres);
        return (numerator / g, micrometres / g);
    }

    private static uint Gcd(uint a, uint b) => b == 0 ? a : Gcd(b, a % b);
}
