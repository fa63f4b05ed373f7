using System.Net;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;

namespace DroneInspect.Viewer.Hosting;

/// <summary>Co-hosts the Orleans silo in this process (the single-machine default): one place for the web and headless hosts.</summary>
public static class SiloHostingExtensions
{
    public static IHostApplicationBuilder AddDroneInspectSilo(this IHostApplicationBuilder builder, ViewerOptions options)
    {
        var dataFolder = Path.GetFullPath(options.DataFolder);
        Directory.CreateDirectory(dataFolder);
        builder.UseOrleans(silo =>
        {
            silo.AddDroneInspectEmbedded(dataFolder);

            // Ports are ours to choose so a test host or a second tool can run beside `droneinspect serve`.
            silo.Configure<EndpointOptions>(endpoints =>
            {
                endpoints.SiloPort = options.SiloPort;
                endpoints.GatewayPort = options.GatewayPort;
            });
            silo.Configure<DevelopmentClusterMembershipOptions>(membership =>
                membership.PrimarySiloEndpoint = new IPEndPoint(IPAddress.Loopback, options.SiloPort));
        });
        return builder;
    }
}
