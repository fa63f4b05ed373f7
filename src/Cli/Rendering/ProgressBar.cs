using System.Globalization;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Cli.Rendering;

/// <summary>Renders a flight's progress as one line of text (pure: the same status gives the same line).</summary>
public static class ProgressBar
{
    public const int DefaultBarWidth = 30;

    private const char Filled = '#';
    private const char Empty = '-';

    public static string Render(FlightStatus status, int barWidth = DefaultBarWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(barWidth, 1);
        var done = status.CapturesDone + status.CapturesFailed;
        var fraction = status.State == FlightState.Completed ? 1.0
            : status.CapturesTotal <= 0 ? 0.0
            : Math.Clamp((double)done / status.CapturesTotal, 0.0, 1.0);
        var filled = (int)Math.Floor(fraction * barWidth);

        var line = string.Create(CultureInfo.InvariantCulture,
            $"[{new string(Filled, filled)}{new string(Empty, barWidth - filled)}] {fraction * 100,3:0}%");
        line += status.CapturesTotal > 0
            ? string.Create(CultureInfo.InvariantCulture, $"  {done}/{status.CapturesTotal} captures")
            : "  scanning flight";
        if (status.CapturesFailed > 0)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"  {status.CapturesFailed} failed");
        }

        return line + string.Create(CultureInfo.InvariantCulture, $"  {status.FindingCount} findings  {status.State}");
    }
}
