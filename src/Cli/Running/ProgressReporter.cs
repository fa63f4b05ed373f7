using DroneInspect.Cli.Rendering;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Cli.Running;

/// <summary>
/// Shows progress: on a terminal one line redrawn with '\r'; otherwise (logs, CI) a plain line when something changed,
/// at most every <see cref="PlainLineInterval"/>, and always the last one.
/// </summary>
public sealed class ProgressReporter(TextWriter output, bool isTerminal, TimeProvider timeProvider)
{
    public static readonly TimeSpan PlainLineInterval = TimeSpan.FromSeconds(2);

    private string? _lastLine;
    private long _lastWrittenTimestamp;
    private bool _redrawing;

    public void Report(FlightStatus status)
    {
        var line = ProgressBar.Render(status);
        var finished = status.State is FlightState.Completed or FlightState.Failed;
        if (isTerminal)
        {
            var padding = _lastLine is null ? 0 : Math.Max(0, _lastLine.Length - line.Length);
            output.Write('\r' + line + new string(' ', padding));
            output.Flush();
            _redrawing = true;
            _lastLine = line;
            return;
        }

        if (line == _lastLine)
        {
            return;
        }

        var now = timeProvider.GetTimestamp();
        if (_lastLine is null || finished || timeProvider.GetElapsedTime(_lastWrittenTimestamp, now) >= PlainLineInterval)
        {
            output.WriteLine(line);
            _lastLine = line;
            _lastWrittenTimestamp = now;
        }
    }

    /// <summary>Ends the redrawn line so later output starts on a fresh one.</summary>
    public void Finish()
    {
        if (_redrawing)
        {
            output.WriteLine();
            _redrawing = false;
        }
    }
}
