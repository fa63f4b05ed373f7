using System.Net;
using System.Net.Sockets;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DroneInspect.Grains.Tests.Hosting;

public sealed class SiloBuilderExtensionsTests
{
    [Fact]
    public async Task EmbeddedSiloKeepsGrainStateInItsDataFolderAcrossRestarts()
    {
        var dataFolder = Directory.CreateTempSubdirectory("di-embedded-").FullName;
        try
        {
            using (var host = await StartAsync(dataFolder))
            {
                await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IFlightCatalogGrain>(0).Register("embedded-1");
                await host.StopAsync();
            }

            using (var host = await StartAsync(dataFolder))
            {
                var flights = await host.Services.GetRequiredService<IGrainFactory>().GetGrain<IFlightCatalogGrain>(0).ListFlights();
                Assert.Equal(["embedded-1"], flights);
                await host.StopAsync();
            }

            Assert.True(File.Exists(Path.Combine(dataFolder, "inspect.db")));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static async Task<IHost> StartAsync(string dataFolder)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo.AddDroneInspectEmbedded(dataFolder, siloPort: FreePort(), gatewayPort: FreePort()));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
