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

    public void Report(FlightStatus status) =>
        Report(ProgressBar.Render(status), finished: status.State is FlightState.Completed or FlightState.Failed);

    /// <summary>Shows one rendered line; a <paramref name="finished"/> line is always written.</summary>
    public void Report(string line, bool finished)
    {
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
