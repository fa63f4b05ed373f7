using DroneInspect.Cli.Running;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Cli.Tests.Running;

public sealed class FlightRunnerTests
{
    private static readonly FlightRequest Request = new("flight", "assets.geojson", null, "out");

    [Fact]
    public async Task PollsUntilTheFlightCompletesAndReportsEveryStatus()
    {
        var grain = new ScriptedFlightGrain(
            TestFindings.Status(FlightState.Running, 3, 0),
            TestFindings.Status(FlightState.Running, 3, 2),
            TestFindings.Status(FlightState.Completed, 3, 3, findings: 1));
        var seen = new List<FlightStatus>();

        var final = await FlightRunner.RunAsync(
            grain, Request, seen.Add, TimeSpan.FromMilliseconds(1), TimeProvider.System, CancellationToken.None);

        Assert.Equal(FlightState.Completed, final.State);
        Assert.Equal([0, 2, 3], seen.Select(s => s.CapturesDone));
        Assert.Same(Request, grain.StartedWith);
    }

    [Fact]
    public async Task AFailedFlightEndsThePolling()
    {
        var grain = new ScriptedFlightGrain(
            TestFindings.Status(FlightState.Running, 3, 0),
            TestFindings.Status(FlightState.Failed, 3, 1, failed: 2));

        var final = await FlightRunner.RunAsync(
            grain, Request, _ => { }, TimeSpan.FromMilliseconds(1), TimeProvider.System, CancellationToken.None);

        Assert.Equal(FlightState.Failed, final.State);
        Assert.Equal(2, grain.Calls);
    }

    [Fact]
    public async Task CancellationStopsWaiting()
    {
        var grain = new ScriptedFlightGrain(TestFindings.Status(FlightState.Running, 3, 0));
        using var cancellation = new CancellationTokenSource();

        var run = FlightRunner.RunAsync(
            grain, Request, _ => cancellation.Cancel(), TimeSpan.FromHours(1), TimeProvider.System, cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    /// <summary>Returns the given statuses in order (the last one repeats), as a grain reference would.</summary>
    private sealed class ScriptedFlightGrain(params FlightStatus[] statuses) : IFlightGrain
    {
        public FlightRequest? StartedWith { get; private set; }

        public int Calls { get; private set; }

        public Task<FlightStatus> Start(FlightRequest request)
        {
            StartedWith = request;
            return Next();
        }

        public Task<FlightStatus> GetStatus() => Next();

        public Task<IReadOnlyList<Finding>> GetFindings() => Task.FromResult<IReadOnlyList<Finding>>([]);

        public Task<IReadOnlyList<Finding>> RefreshReviews() => GetFindings();

        public Task<FlightRequest?> GetRequest() => Task.FromResult<FlightRequest?>(null);

        private Task<FlightStatus> Next() => Task.FromResult(statuses[Math.Min(Calls++, statuses.Length - 1)]);
    }
}
