namespace DroneInspect.Vision.Tests.Thermal;

/// <summary>Finds ../shared/data beside the checkout (the folder holding DroneInspect.sln); null when absent.</summary>
internal static class RealSamples
{
    public const string MissingReason = "../shared/data not found beside the checkout";

    private static readonly Lazy<string?> RootDirectory = new(FindRoot);

    public static string? Root => RootDirectory.Value;

    public static string File(string relative) =>
        Path.Combine(Root ?? throw new InvalidOperationException(MissingReason), relative);

    /// <summary>Every real thermal file with a temperature map (the i7 test image's raw data is a stub: metadata only).</summary>
    public static TheoryData<string> ThermalFiles() =>
    [
        "flir/FLIR.jpg", "flir/FLIR_AX8.jpg", "flir/FLIR_E40.jpg", "flir/FLIR_T640.jpg", "flir/frame_000000.fff",
        "flir/frame_000000_le.fff", "tiff/duo_pro_r_radiometric.tiff", "dji_thermal/H20T/DJI_0001_R.JPG",
        "dji_thermal/M30T/DJI_0001_R.JPG", "dji_thermal/M3T/DJI_0001_R.JPG",
    ];

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "DroneInspect.sln")))
            {
                var data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                return Directory.Exists(data) ? data : null;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs the real sample files; skipped with the reason where they are absent.</summary>
public sealed class RealSamplesFactAttribute : FactAttribute
{
    public RealSamplesFactAttribute()
    {
        if (RealSamples.Root is null)
        {
            Skip = RealSamples.MissingReason;
        }
    }
}

/// <summary>A theory that needs the real sample files; skipped with the reason where they are absent.</summary>
public sealed class RealSamplesTheoryAttribute : TheoryAttribute
{
    public RealSamplesTheoryAttribute()
    {
        if (RealSamples.Root is null)
        {
            Skip = RealSamples.MissingReason;
        }
    }
}
