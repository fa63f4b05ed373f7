using DroneInspect.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace DroneInspect.Grains.Tests.Cases;

/// <summary>
/// One in-process silo on a data folder of its own, with a <see cref="FakeTimeProvider"/> so each event's time is known.
/// A second cluster on the same folder finds what the first stored (a restart).
/// </summary>
public sealed class CaseCluster : IAsyncDisposable
{
    private CaseCluster(InProcessTestCluster cluster) => Cluster = cluster;

    public InProcessTestCluster Cluster { get; }

    public IClusterClient Client => Cluster.Client;

    public static async Task<CaseCluster> StartAsync(string dataFolder, FakeTimeProvider time)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<TimeProvider>(time);
            silo.AddDroneInspectGrains(dataFolder);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new CaseCluster(cluster);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
