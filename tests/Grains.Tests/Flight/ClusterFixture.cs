using DroneInspect.Grains.Capture;
using DroneInspect.Grains.Flight;
using DroneInspect.Grains.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace DroneInspect.Grains.Tests.Flight;

/// <summary>One in-process silo with the SQLite storage and <see cref="ScriptedServices"/>, shared by the grain tests.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const int BatchSize = 2;

    /// <summary>One pole at longitude 8, latitude 47: the smallest network a flight accepts.</summary>
    public const string OnePoleNetwork = """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[8.0,47.0]},"properties":{"id":"P1","kind":"pole","heightMeters":10}}]}""";

    private static readonly ScriptedServices SharedScript = new();

    public ClusterFixture()
    {
        Folder = Directory.CreateTempSubdirectory("di-cluster-").FullName;
        AssetsPath = Path.Combine(Folder, "assets.geojson");
        File.WriteAllText(AssetsPath, OnePoleNetwork);
        var dataFolder = Path.Combine(Folder, "data");
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<IFlightIntake>(SharedScript);
            silo.Services.AddSingleton<ICaptureAnalyzer>(SharedScript);
            silo.Services.AddSingleton<IFlightProgressListener>(SharedScript);
            silo.AddDroneInspectGrains(dataFolder, o => o.MaxConcurrentCaptures = BatchSize);
        });
        Cluster = builder.Build();
        DatabasePath = Path.Combine(dataFolder, "inspect.db");
    }

    public InProcessTestCluster Cluster { get; }

    public IClusterClient Client => Cluster.Client;

    public ScriptedServices Script => SharedScript;

    /// <summary>A scratch folder for the tests' flights and outputs.</summary>
    public string Folder { get; }

    /// <summary>A valid asset network file of one pole (<see cref="OnePoleNetwork"/>).</summary>
    public string AssetsPath { get; }

    public string DatabasePath { get; }

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
