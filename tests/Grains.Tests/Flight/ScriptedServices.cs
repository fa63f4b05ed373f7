using System.Collections.Concurrent;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Capture;
using DroneInspect.Grains.Flight;
using DroneInspect.Grains.Hosting;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Ingestion.Intake;
using Microsoft.Extensions.Options;

namespace DroneInspect.Grains.Tests.Flight;

/// <summary>
/// Silo services the grain tests script per flight folder and capture id; anything unscripted goes to the real
/// libraries, so the same cluster also runs real flights.
/// </summary>
public sealed class ScriptedServices : IFlightIntake, ICaptureAnalyzer, IFlightProgressListener
{
    private const string ScriptMarker = "scripted-flight";

    private readonly LibraryFlightIntake _realIntake = new();
    private readonly PipelineCaptureAnalyzer _realAnalyzer = new(new AssetNetworkCache(), Options.Create(new InspectOptions()));
    private readonly ConcurrentDictionary<string, IReadOnlyList<CapturePair>> _flights = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<int, CaptureAnalysis>> _captures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CaptureJob> _lastJobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<FlightStatus>> _finished = new(StringComparer.Ordinal);

    public void ScriptFlight(string folder, params CapturePair[] pairs) => _flights[folder] = pairs;

    /// <summary>Scripts a capture: the function gets the 1-based call number and returns or throws.</summary>
    public void ScriptCapture(string captureId, Func<int, CaptureAnalysis> analyze) => _captures[captureId] = analyze;

    public int CallsFor(string captureId) => _calls.GetValueOrDefault(captureId);

    /// <summary>The job a capture was last analysed with (its overrides included), or null.</summary>
    public CaptureJob? LastJobFor(string captureId) => _lastJobs.GetValueOrDefault(captureId);

    /// <summary>Completes when the flight next finishes; ask before starting it.</summary>
    public Task<FlightStatus> NextFinish(string flightId)
    {
        var source = new TaskCompletionSource<FlightStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
        _finished[flightId] = source;
        return source.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public FlightInventory Scan(string folder)
        => _flights.ContainsKey(folder)
            ? new FlightInventory([new FlightFile(Path.Combine(folder, ScriptMarker), "scripted", 0, CaptureKind.Unknown)], [new IntakeProblem(Path.Combine(folder, "notes.txt"), "not an image")])
            : _realIntake.Scan(folder);

    public IReadOnlyList<CapturePair> Pair(IEnumerable<FlightFile> files)
    {
        var list = files.ToList();
        return list is [{ } only] && Path.GetFileName(only.Path) == ScriptMarker && _flights.TryGetValue(Path.GetDirectoryName(only.Path)!, out var pairs)
            ? pairs
            : _realIntake.Pair(list);
    }

    public CaptureAnalysis Analyze(CaptureJob job)
    {
        var call = _calls.AddOrUpdate(job.CaptureId, 1, (_, n) => n + 1);
        _lastJobs[job.CaptureId] = job;
        return _captures.TryGetValue(job.CaptureId, out var analyze) ? analyze(call) : _realAnalyzer.Analyze(job);
    }

    public void FlightFinished(string flightId, FlightStatus status)
    {
        if (_finished.TryRemove(flightId, out var source))
        {
            source.TrySetResult(status);
        }
    }
}
