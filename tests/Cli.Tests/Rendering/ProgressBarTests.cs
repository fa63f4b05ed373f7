using DroneInspect.Cli.Rendering;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Cli.Tests.Rendering;

public sealed class ProgressBarTests
{
    [Fact]
    public void HalfTheCapturesFillHalfTheBar()
    {
        var line = ProgressBar.Render(TestFindings.Status(FlightState.Running, total: 40, done: 20, findings: 3), barWidth: 10);

        Assert.Equal("[#####-----]  50%  20/40 captures  3 findings  Running", line);
    }

    [Fact]
    public void FailedCapturesCountAsDoneAndAreShown()
    {
        var line = ProgressBar.Render(TestFindings.Status(FlightState.Running, total: 4, done: 2, failed: 1), barWidth: 4);

        Assert.Equal("[###-]  75%  3/4 captures  1 failed  0 findings  Running", line);
    }

    [Fact]
    public void CompletedFlightFillsTheBar()
    {
        var line = ProgressBar.Render(TestFindings.Status(FlightState.Completed, total: 3, done: 3, findings: 1), barWidth: 6);

        Assert.StartsWith("[######] 100%", line);
        Assert.EndsWith("Completed", line);
    }

    [Fact]
    public void UnknownTotalShowsScanningAndAnEmptyBar()
    {
        var line = ProgressBar.Render(TestFindings.Status(FlightState.Running, total: 0, done: 0), barWidth: 5);

        Assert.Equal("[-----]   0%  scanning flight  0 findings  Running", line);
    }

    [Fact]
    public void MoreDoneThanTotalNeverOverflowsTheBar()
    {
        var line = ProgressBar.Render(TestFindings.Status(FlightState.Running, total: 2, done: 5), barWidth: 4);

        Assert.StartsWith("[####] 100%", line);
    }

    [Fact]
    public void BarWidthBelowOneIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => ProgressBar.Render(TestFindings.Status(FlightState.Running, 1, 0), barWidth: 0));
    }
}
