using OpenCvSharp;

namespace DroneInspect.Ingestion.Thermal;

/// <summary>
/// OpenCV's own log goes to stderr and would break into the CLI's output with notices such as "TIFFReadDirectory:
/// Unknown field with tag 51044" (a camera's private TIFF tags, harmless: the decoders check what they read). Only its
/// errors are kept; <see cref="Ensure"/> is called before every decode and sets the level once per process.
/// </summary>
internal static class QuietOpenCv
{
    private static readonly Lazy<bool> Set = new(() =>
    {
        Cv2.SetLogLevel(LogLevel.ERROR);
        return true;
    });

    public static void Ensure() => _ = Set.Value;
}
