using DroneInspect.Cli.Running;
using DroneInspect.Grains.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace DroneInspect.Cli.Tests.Running;

public sealed class ProgressReporterTests
{
    private readonly StringWriter _out = new();
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void OnATerminalTheLineIsRedrawnInPlace()
    {
        var reporter = new ProgressReporter(_out, isTerminal: true, _time);

        reporter.Report(TestFindings.Status(FlightState.Running, total: 0, done: 0));
        reporter.Report(TestFindings.Status(FlightState.Running, total: 10, done: 1));
        reporter.Finish();

        var text = _out.ToString();
        Assert.Equal(2, text.Count(c => c == '\r'));
        Assert.Single(text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith(Environment.NewLine, text);
    }

    [Fact]
    public void ARedrawnShorterLineCoversTheLongerOne()
    {
        var reporter = new ProgressReporter(_out, isTerminal: true, _time);

        reporter.Report(TestFindings.Status(FlightState.Running, total: 100, done: 10, failed: 5));
        var firstLength = _out.ToString().Length;
        reporter.Report(TestFindings.Status(FlightState.Running, total: 100, done: 20));

        Assert.Equal(firstLength, _out.ToString().Length - firstLength);
    }

    [Fact]
    public void WithoutATerminalLinesAreThrottledButTheLastIsAlwaysWritten()
    {
        var reporter = new ProgressReporter(_out, isTerminal: false, _time);

        reporter.Report(TestFindings.Status(FlightState.Running, total: 10, done: 1));
        reporter.Report(TestFindings.Status(FlightState.Running, total: 10, done: 2));
        _time.Advance(ProgressReporter.PlainLineInterval);
        reporter.Report(TestFindings.Status(FlightState.Running, total: 10, done: 3));
        reporter.Report(TestFindings.Status(FlightState.Completed, total: 10, done: 10));
        reporter.Finish();

        var lines = _out.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("1/10", lines[0]);
        Assert.Contains("3/10", lines[1]);
        Assert.Contains("Completed", lines[2]);
        Assert.DoesNotContain('\r', _out.ToString());
    }

    [Fact]
    public void WithoutATerminalAnUnchangedStatusIsNotRepeated()
    {
        var reporter = new ProgressReporter(_out, isTerminal: false, _time);

        reporter.Report(TestFindings.Status(FlightState.Running, total: 10, done: 1));
        _time.Advance(TimeSpan.FromMinutes(1));
        reporter.Report(TestFindings.Status(FlightState.Running, total: 10, done: 1));

        Assert.Single(_out.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
