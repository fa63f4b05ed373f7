namespace DroneInspect.Ingestion.Metadata;

/// <summary>
/// Sensor sizes of common inspection drone cameras, for files whose EXIF gives neither focal-plane resolution nor a
/// 35 mm equivalent. Values are from the makers' published specifications (thermal cores: 12 um pitch x 640x512).
/// </summary>
public static class KnownDroneCameras
{
    /// <summary>One camera: EXIF model, whether it is the thermal stream, sensor size and lens.</summary>
    public sealed record Sensor(string Model, bool Thermal, double SensorWidthMillimeters, double SensorHeightMillimeters, double FocalLengthMillimeters);

    public static IReadOnlyList<Sensor> All { get; } =
    [
        new("FC300S", false, 6.17, 4.55, 3.61),   // Phantom 3 Advanced/Professional, 1/2.3"
        new("FC300X", false, 6.17, 4.55, 3.61),
        new("FC6310", false, 13.2, 8.8, 8.8),     // Phantom 4 Pro, 1"
        new("M30T", false, 6.4, 4.8, 4.5),        // wide, 1/2"
        new("M30T", true, 7.68, 6.144, 9.1),
        new("ZH20T", false, 6.17, 4.55, 4.5),     // H20T wide, 1/2.3"
        new("ZH20T", true, 7.68, 6.144, 13.5),
        new("M3T", false, 6.4, 4.8, 4.4),         // Mavic 3T wide, 1/2"
        new("M3T", true, 7.68, 6.144, 9.1),
        new("XT2", true, 7.68, 6.144, 13.0),
    ];

    /// <summary>The entry for <paramref name="model"/>, or null. A 5:4 image is the thermal stream (640x512, 1280x1024).</summary>
    public static Sensor? Find(string? model, int imageWidth, int imageHeight)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            return null;
        }

        var thermal = (long)imageWidth * 4 == (long)imageHeight * 5;
        return All.FirstOrDefault(s => s.Thermal == thermal && model.Trim().Equals(s.Model, StringComparison.OrdinalIgnoreCase));
    }
}
