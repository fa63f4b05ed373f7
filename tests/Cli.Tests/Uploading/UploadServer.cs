using System.Net;
using System.Net.Sockets;
using DroneInspect.Viewer;
using Microsoft.AspNetCore.Builder;

namespace DroneInspect.Cli.Tests.Uploading;

/// <summary>A real viewer host (HTTP, silo on free ports, store) in its own data folder, for `upload` to talk to.</summary>
public sealed class UploadServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private UploadServer(WebApplication app, string dataFolder) => (_app, DataFolder) = (app, dataFolder);

    public string DataFolder { get; }

    public Uri Url => new(_app.Urls.Single());

    public static async Task<UploadServer> StartAsync(string dataFolder, string assets, string? customers)
    {
        var app = ViewerHost.BuildViewer(new ViewerOptions
        {
            DataFolder = dataFolder,
            Port = 0,
            SiloPort = FreeTcpPort(),
            GatewayPort = FreeTcpPort(),
            AssetNetworkPath = assets,
            CustomersPath = customers,
        });
        await app.StartAsync();
        return new UploadServer(app, dataFolder);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
