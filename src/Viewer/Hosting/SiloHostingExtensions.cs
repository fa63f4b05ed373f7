using DroneInspect.Grains.Hosting;
using Microsoft.Extensions.Hosting;

namespace DroneInspect.Viewer.Hosting;

/// <summary>Co-hosts the Orleans silo in this process (the single-machine default): one place for the web and headless hosts.</summary>
public static class SiloHostingExtensions
{
    public static IHostApplicationBuilder AddDroneInspectSilo(this IHostApplicationBuilder builder, ViewerOptions options)
    {
        var dataFolder = Path.GetFullPath(options.DataFolder);
        Directory.CreateDirectory(dataFolder);

        // Ports are ours to choose so a test host or a second tool can run beside `droneinspect serve`.
        builder.UseOrleans(silo => silo.AddDroneInspectEmbedded(
            dataFolder,
            inspect => inspect.DetectorModelPath = options.DetectorModelPath,
            siloPort: options.SiloPort,
            gatewayPort: options.GatewayPort));
        return builder;
    }
}
