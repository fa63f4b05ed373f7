using DroneInspect.Viewer;
using DroneInspect.Viewer.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

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

    /// <param name="chunkDelay">When given, each chunk (PATCH) waits this long before the server reads it: a slow site link.</param>
    public static async Task<UploadServer> StartAsync(string dataFolder, string assets, string? customers, TimeSpan? chunkDelay = null)
    {
        var options = new ViewerOptions
        {
            DataFolder = dataFolder,
            Port = 0,
            AssetNetworkPath = assets,
            CustomersPath = customers,
        };
        var app = ViewerHost.BuildViewer(options, services =>
        {
            if (chunkDelay is { } delay)
            {
                services.AddSingleton<IStartupFilter>(new SlowChunks(delay));
            }
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

    /// <summary>Delays every PATCH before the app sees it, so a test can stop a client between chunks.</summary>
    private sealed class SlowChunks(TimeSpan delay) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (HttpMethods.IsPatch(context.Request.Method))
                {
                    await Task.Delay(delay, context.RequestAborted);
                }

                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
