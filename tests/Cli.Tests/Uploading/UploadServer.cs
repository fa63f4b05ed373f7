using System.Net;
using System.Net.Sockets;
using DroneInspect.Viewer;
using DroneInspect.Viewer.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;

namespace DroneInspect.Cli.Tests.Uploading;

/// <summary>A real viewer host (HTTP, silo on free ports, store) in its own data folder, for `upload` to talk to.</summary>
public sealed class UploadServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private UploadServer(WebApplication app, string dataFolder, string pilotToken) => (_app, DataFolder, PilotToken) = (app, dataFolder, pilotToken);

    /// <summary>An API token of a pilot account on this server (uploads are for pilots).</summary>
    public string PilotToken { get; }

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
        return new UploadServer(app, dataFolder, await CreatePilotAsync(app.Services));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<string> CreatePilotAsync(IServiceProvider services)
    {
        const string UserName = "pilot-cli";
        var accounts = services.GetRequiredService<IAccountStore>();
        Assert.True(await accounts.TryCreateAsync(new Account(UserName, AccountSignIn.HashPassword(UserName, "pilot password 1"), [ViewerRoles.Pilot]), default));
        var (token, record) = ApiTokens.Create(UserName, "cli tests", DateTimeOffset.UtcNow);
        await accounts.AddTokenAsync(record, default);
        return token;
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
