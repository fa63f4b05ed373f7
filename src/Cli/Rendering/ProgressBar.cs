using System.Globalization;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Cli.Rendering;

/// <summary>Renders a flight's progress as one line of text (pure: the same status gives the same line).</summary>
public static class ProgressBar
{
    public const int DefaultBarWidth = 30;

    private const char Filled = '#';
    private const char Empty = '-';
    private const double BytesPerMegabyte = 1024 * 1024;

    public static string Render(FlightStatus status, int barWidth = DefaultBarWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(barWidth, 1);
        var done = status.CapturesDone + status.CapturesFailed;
        var fraction = status.State == FlightState.Completed ? 1.0
            : status.CapturesTotal <= 0 ? 0.0
            : Math.Clamp((double)done / status.CapturesTotal, 0.0, 1.0);
        var line = Bar(fraction, barWidth);
        line += status.CapturesTotal > 0
            ? string.Create(CultureInfo.InvariantCulture, $"  {done}/{status.CapturesTotal} captures")
            : "  scanning flight";
        if (status.CapturesFailed > 0)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"  {status.CapturesFailed} failed");
        }

        return line + string.Create(CultureInfo.InvariantCulture, $"  {status.FindingCount} findings  {status.State}");
    }

    /// <summary>An upload's progress: bytes sent of the bytes to send, in MB, and the files done of all.</summary>
    public static string RenderUpload(long sentBytes, long toSendBytes, int filesDone, int filesTotal, int barWidth = DefaultBarWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(barWidth, 1);
        var fraction = toSendBytes <= 0 ? 1.0 : Math.Clamp((double)sentBytes / toSendBytes, 0.0, 1.0);
        return Bar(fraction, barWidth) + string.Create(CultureInfo.InvariantCulture,
            $"  {sentBytes / BytesPerMegabyte:0.0}/{toSendBytes / BytesPerMegabyte:0.0} MB  {filesDone}/{filesTotal} files");
    }

    private static string Bar(double fraction, int barWidth)
    {
        var filled = (int)Math.Floor(fraction * barWidth);
        return string.Create(CultureInfo.InvariantCulture,
            $"[{new string(Filled, filled)}{new string(Empty, barWidth - filled)}] {fraction * 100,3:0}%");
    }
}
