using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Abstractions.Review;
using DroneInspect.Grains.Capture;
using DroneInspect.Grains.Cases;
using DroneInspect.Grains.Findings;
using DroneInspect.Grains.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DroneInspect.Grains.Flight;

/// <summary>
/// One flight: loads and checks the asset network (off the grain's scheduler, before any capture: a file with no usable
/// feature fails the flight at once), inventories its folder (no captures fails it too), fans captures out to
/// <see cref="ICaptureAnalysisGrain"/> workers in batches, retries a failed capture, parks it with its reason after the
/// last try, then merges findings and writes outputs. Progress is stored after every batch, so a restarted silo resumes
/// where it stopped and skips finished captures.
/// </summary>
public sealed class FlightGrain(
    [PersistentState("flight", "inspect")] IPersistentState<FlightGrainState> state,
    IFlightIntake intake,
    AssetNetworkCache networks,
    FlightOutputs outputs,
    CaseIntake cases,
    IOptions<InspectOptions> options,
    IEnumerable<IFlightProgressListener> listeners,
    TimeProvider time,
    ILogger<FlightGrain> logger) : Grain, IFlightGrain
{
    private static readonly TimeSpan KeepAliveWhileRunning = TimeSpan.FromMinutes(10);

    private Task? _work;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State is { State: FlightState.Running, Request: not null })
        {
            logger.LogInformation("Resuming flight {FlightId}", this.GetPrimaryKeyString());
            _work = RunAsync();
        }

        return Task.CompletedTask;
    }

    public async Task<FlightStatus> Start(FlightRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = state.State;
        if (_work is { IsCompleted: false })
        {
            return current.Request == request
                ? Status()
                : throw new InvalidOperationException($"Flight {this.GetPrimaryKeyString()} is running with another request; start it again once it has finished.");
        }

        if (current.State == FlightState.Completed && current.Request == request)
        {
            return Status();
        }

        // Same folder and network again: rescan (new files join), keep analysed captures whose overrides are unchanged,
        // retry parked ones.
        var sameInput = current.Request is { } old && old.FlightFolder == request.FlightFolder && old.AssetsPath == request.AssetsPath;
        state.State = (sameInput ? current : new FlightGrainState()) with
        {
            Request = request,
            State = FlightState.Running,
            Inventoried = false,
            Problems = [],
            NetworkProblems = [],
            Findings = [],
            PriorFindings = sameInput && current.Findings.Count > 0 ? current.Findings : sameInput ? current.PriorFindings : [],
            StartedUtc = time.GetUtcNow(),
            CompletedUtc = null,
        };
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IFlightCatalogGrain>(0).Register(this.GetPrimaryKeyString());
        _work = RunAsync();
        return Status();
    }

    public Task<FlightStatus> GetStatus() => Task.FromResult(Status());

    public Task<IReadOnlyList<Finding>> GetFindings() => Task.FromResult(state.State.Findings);

    public Task<FlightRequest?> GetRequest() => Task.FromResult(state.State.Request);

    public async Task<IReadOnlyList<Finding>> RefreshReviews()
    {
        if (state.State.Findings.Count == 0)
        {
            return state.State.Findings;
        }

        var findings = await WithReviewsAsync(state.State.Findings);
        state.State = state.State with { Findings = findings };
        if (state.State.Request is { } request)
        {
            await cases.OpenForConfirmedAsync(this.GetPrimaryKeyString(), request, findings);
        }

        if (state.State.State == FlightState.Completed && state.State.Request is not null)
        {
            var problems = outputs.Write(this.GetPrimaryKeyString(), state.State, time.GetUtcNow());
            state.State = state.State with { Problems = [.. state.State.Problems, .. problems.Except(state.State.Problems)] };
        }

        await state.WriteStateAsync();
        return findings;
    }

    /// <summary>The findings with each one's review status from its review grain (ids are stable, so earlier reviews apply).</summary>
    private async Task<IReadOnlyList<Finding>> WithReviewsAsync(IReadOnlyList<Finding> findings)
    {
        var flightId = this.GetPrimaryKeyString();
        var statuses = await Task.WhenAll(findings.Select(f => GrainFactory.GetGrain<IFindingReviewGrain>(ReviewKeys.Of(flightId, f.Id)).Status()));
        return findings.Select((f, i) => f with { Review = statuses[i] }).ToList();
    }

    private async Task RunAsync()
    {
        var flightId = this.GetPrimaryKeyString();
        await Task.Yield(); // let Start return first; the rest runs as later turns on this grain's scheduler
        try
        {
            var request = state.State.Request!;
            var network = await LoadNetworkAsync(request.AssetsPath);
            if (!state.State.Inventoried)
            {
                await InventoryAsync(request);
            }

            var pending = state.State.Captures.Where(c => c.Stage == CaptureStage.Pending).ToList();
            foreach (var batch in pending.Chunk(Math.Max(1, options.Value.MaxConcurrentCaptures)))
            {
                DelayDeactivation(KeepAliveWhileRunning);
                var results = await Task.WhenAll(batch.Select(c => AnalyzeWithRetryAsync(c, request.AssetsPath)));
                var byId = results.ToDictionary(r => r.CaptureId, StringComparer.Ordinal);
                state.State = state.State with { Captures = state.State.Captures.Select(c => byId.GetValueOrDefault(c.CaptureId, c)).ToList() };
                await state.WriteStateAsync();
            }

            var findings = await WithReviewsAsync(FindingMerger.Merge(state.State.Captures.SelectMany(c => c.Sightings), state.State.PriorFindings));
            state.State = state.State with { Problems = [.. state.State.Problems, .. OutOfNetworkPlacements.Problems(state.State.Captures, network.Network)] };
            var outputProblems = outputs.Write(flightId, state.State with { Findings = findings }, time.GetUtcNow());
            state.State = state.State with
            {
                State = FlightState.Completed,
                Findings = findings,
                Problems = [.. state.State.Problems, .. outputProblems],
                CompletedUtc = time.GetUtcNow(),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The flight's outermost boundary: whatever stopped it is recorded as its reason, never lost.
            logger.LogError(ex, "Flight {FlightId} failed", flightId);
            state.State = state.State with { State = FlightState.Failed, Problems = [.. state.State.Problems, $"flight: {ex.Message}"] };
        }

        await state.WriteStateAsync();
        var status = Status();
        foreach (var listener in listeners)
        {
            listener.FlightFinished(flightId, status);
        }
    }

    /// <summary>
    /// Loads the network (once per file version for the silo; a large one takes seconds) on the thread pool, where no
    /// grain call waits on it, and records what its file said. No usable feature stops the flight here, before any
    /// capture is analysed against nothing.
    /// </summary>
    private async Task<LoadedNetwork> LoadNetworkAsync(string assetsPath)
    {
        DelayDeactivation(KeepAliveWhileRunning);
        var network = await Task.Run(() => networks.Load(assetsPath));
        state.State = state.State with { NetworkProblems = network.DroppedLines };
        if (network.UnusableReason is { } reason)
        {
            throw new InvalidDataException(reason);
        }

        return network;
    }

    private async Task InventoryAsync(FlightRequest request)
    {
        if (!Directory.Exists(request.FlightFolder))
        {
            throw new DirectoryNotFoundException($"Flight folder not found: {request.FlightFolder}");
        }

        // Hashing a folder of captures is blocking I/O: it runs on the thread pool (it touches no grain state) so
        // status calls are answered meanwhile; the await returns to this grain's scheduler.
        var (inventory, pairs) = await Task.Run(() =>
        {
            var scanned = intake.Scan(request.FlightFolder);
            return (scanned, intake.Pair(scanned.Files));
        });
        // A finished capture is kept only when it was analysed under the overrides that now apply to it; a changed
        // override (for the flight or its file) re-runs exactly that capture.
        var analysed = state.State.Captures.Where(c => c.Stage == CaptureStage.Done).ToDictionary(c => c.CaptureId, StringComparer.Ordinal);
        var captures = pairs.Select(p =>
        {
            var overrides = request.EffectiveOverridesFor(p.ThermalPath);
            return analysed.TryGetValue(p.CaptureId, out var done) && done.Overrides == overrides
                ? done
                : new CaptureRecord(p.CaptureId, p.RgbPath, p.ThermalPath, CaptureStage.Pending, 0, null, [], []) { Overrides = overrides };
        }).ToList();
        state.State = state.State with
        {
            Inventoried = true,
            Captures = captures,
            Problems = [.. state.State.Problems, .. inventory.Problems.Select(p => $"{Path.GetFileName(p.Path)}: {p.Reason}"), .. UnmatchedOverrides(request, captures)],
        };
        await state.WriteStateAsync();
        if (captures.Count == 0)
        {
            throw new InvalidDataException(
                inventory.Files.Count > 0 ? $"no captures: the {inventory.Files.Count} accepted file(s) in {request.FlightFolder} pair into no capture"
                : inventory.Problems.Count > 0 ? $"no captures: none of the {inventory.Problems.Count} file(s) in {request.FlightFolder} was accepted (see the other problems)"
                : $"no captures: the flight folder {request.FlightFolder} holds no image files");
        }
    }

    /// <summary>Per-file overrides naming no thermal file of the flight: said, since they changed nothing.</summary>
    private static IEnumerable<string> UnmatchedOverrides(FlightRequest request, IReadOnlyList<CaptureRecord> captures)
    {
        if (request.FileOverrides is not { Count: > 0 } files)
        {
            return [];
        }

        var thermal = captures.Where(c => c.ThermalPath is not null).Select(c => request.RelativeKey(c.ThermalPath!)).ToHashSet(StringComparer.Ordinal);
        return files.Keys.Where(k => !thermal.Contains(k)).Order(StringComparer.Ordinal)
            .Select(k => $"overrides: no thermal file '{k}' in the flight; its overrides were not used");
    }

    private async Task<CaptureRecord> AnalyzeWithRetryAsync(CaptureRecord capture, string assetsPath)
    {
        var job = new CaptureJob(capture.CaptureId, capture.RgbPath, capture.ThermalPath, assetsPath) { Overrides = capture.Overrides };
        var worker = GrainFactory.GetGrain<ICaptureAnalysisGrain>(0);
        var attempts = capture.Attempts;
        string reason = "not analysed";
        while (attempts < options.Value.MaxAttemptsPerCapture)
        {
            attempts++;
            try
            {
                var outcome = await worker.Analyze(job);
                if (outcome.Analysis is { } analysis)
                {
                    return capture with { Stage = CaptureStage.Done, Attempts = attempts, FailureReason = null, Sightings = analysis.Sightings, Notes = analysis.Notes };
                }

                reason = outcome.FailureReason ?? reason;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One capture's failure must not stop the flight: the reason is kept and shown with the capture.
                reason = ex.Message;
            }
        }

        logger.LogWarning("Capture {CaptureId} parked after {Attempts} tries: {Reason}", capture.CaptureId, attempts, reason);
        return capture with { Stage = CaptureStage.Parked, Attempts = attempts, FailureReason = reason };
    }

    private FlightStatus Status()
    {
        var s = state.State;
        var parked = s.Captures.Where(c => c.Stage == CaptureStage.Parked).ToList();
        return new FlightStatus(
            this.GetPrimaryKeyString(),
            s.State,
            s.Captures.Count,
            s.Captures.Count(c => c.Stage == CaptureStage.Done),
            parked.Count,
            [.. s.AllProblems, .. parked.Select(c => $"{c.CaptureId}: {c.FailureReason}")],
            s.Findings.Count);
    }
}
