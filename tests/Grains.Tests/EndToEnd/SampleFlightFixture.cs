using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Findings;
using DroneInspect.Grains.Hosting;
using DroneInspect.Synthetic;
using DroneInspect.Synthetic.SideFiles;
using Microsoft.Data.Sqlite;
using Orleans.TestingHost;

namespace DroneInspect.Grains.Tests.EndToEnd;

/// <summary>
/// Generates the sample flight once and runs it through the real pipeline (real decoders, analyzer and locator) on an
/// in-process silo with the embedded SQLite storage: the walking skeleton, end to end.
/// </summary>
public sealed class SampleFlightFixture : IAsyncLifetime
{
    private const string FlightId = "sample-e2e";
    private static readonly TimeSpan MaxFlightTime = TimeSpan.FromMinutes(3);

    private readonly string _folder = Directory.CreateTempSubdirectory("di-e2e-").FullName;
    private InProcessTestCluster? _cluster;

    public SampleFlightSummary Sample { get; private set; } = null!;

    public GroundTruth Truth { get; private set; } = null!;

    public FlightStatus Status { get; private set; } = null!;

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public string OutputFolder => Path.Combine(_folder, "output");

    /// <summary>A client of the fixture's silo (for grains beside the flight, e.g. reviews).</summary>
    public IClusterClient Client => _cluster?.Client ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The sample flight's grain.</summary>
    public IFlightGrain Flight => Client.GetGrain<IFlightGrain>(FlightId);

    public string FlightIdOfSample => FlightId;

    /// <summary>The silo's data folder (grain state, evidence).</summary>
    public string DataFolder => Path.Combine(_folder, "data");

    /// <summary>The thermal finding placed nearest a planted defect; null when the flight has none.</summary>
    public Finding? NearestThermalFinding(GroundTruthDefect defect) =>
        Findings.Where(f => f.Kind == "thermal")
            .MinBy(f => GeoDistance.Meters(f.LatitudeDegrees, f.LongitudeDegrees, defect.Latitude, defect.Longitude));

    public async Task InitializeAsync()
    {
        Sample = SampleFlightGenerator.Generate(Path.Combine(_folder, "sample"), seed: 42);
        Truth = GroundTruthWriter.Read(Sample.GroundTruthPath);
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddDroneInspectGrains(DataFolder));
        _cluster = builder.Build();
        await _cluster.DeployAsync();

        var grain = _cluster.Client.GetGrain<IFlightGrain>(FlightId);
        await grain.Start(new FlightRequest(Sample.FlightFolder, Sample.AssetsPath, Sample.CustomersPath, OutputFolder));
        Status = await WaitUntilFinished(grain);
        Findings = await grain.GetFindings();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<FlightStatus> WaitUntilFinished(IFlightGrain grain)
    {
        using var timeout = new CancellationTokenSource(MaxFlightTime);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (await poll.WaitForNextTickAsync(timeout.Token))
        {
            var status = await grain.GetStatus();
            if (status.State is FlightState.Completed or FlightState.Failed)
            {
                return status;
            }
        }

        throw new TimeoutException($"The sample flight did not finish within {MaxFlightTime}.");
    }
}

/// <summary>One generated and analysed sample flight for every end-to-end test class (it costs seconds to make).</summary>
[CollectionDefinition(Name)]
public sealed class SampleFlightCollection : ICollectionFixture<SampleFlightFixture>
{
    public const string Name = "sample flight";
}
