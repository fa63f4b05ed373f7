namespace DroneInspect.Ingestion.Quality;

/// <summary>Raw thermal sizes of known drone cameras (EXIF model names), from the makers' specifications.</summary>
public static class ThermalSensorSizes
{
    private static readonly Dictionary<string, (int Width, int Height)> ByModel = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ZH20T"] = (640, 512),
        ["ZH20N"] = (640, 512),
        ["M30T"] = (640, 512),
        ["M3T"] = (640, 512),
        ["M3TD"] = (640, 512),
        ["MAVIC2-ENTERPRISE-ADVANCED"] = (640, 512),
        ["XT2"] = (640, 512),
        ["ZH30T"] = (1280, 1024),
        ["H30T"] = (1280, 1024),
        ["M4T"] = (640, 512),
    };

    /// <summary>The raw size <paramref name="model"/> produces, or null for a camera not in the table.</summary>
    public static (int Width, int Height)? Expected(string? model) =>
        model is not null && ByModel.TryGetValue(model.Trim(), out var size) ? size : null;
}
