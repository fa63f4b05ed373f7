using Orleans.Hosting;

namespace DroneInspect.Viewer.Hosting;

/// <summary>
/// STAND-IN for <c>DroneInspect.Grains.Hosting.AddDroneInspectEmbedded</c> (localhost clustering + SQLite storage "inspect"),
/// which the Grains helper writes. Integrator: delete this file and add <c>using DroneInspect.Grains.Hosting;</c> to
/// <see cref="SiloHostingExtensions"/>. Until then grain state lives in memory and is lost when the process ends.
/// </summary>
internal static class StandInEmbeddedSilo
{
    public static ISiloBuilder AddDroneInspectEmbedded(this ISiloBuilder silo, string dataFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        return silo
            .UseLocalhostClustering()
            .AddMemoryGrainStorage("inspect");
    }
}
