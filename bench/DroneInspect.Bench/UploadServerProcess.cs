using DroneInspect.Viewer;
using DroneInspect.Viewer.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Bench;

/// <summary>
/// The viewer the upload bench talks to, in a process of its own (`-- upload-server --data DIR --assets FILE`): the
/// host `droneinspect serve` runs (Kestrel, silo, store on disk), on a free HTTP port and free silo ports, with a pilot
/// account made before it listens. Prints "url URL" and "token TOKEN", then serves until its standard input closes.
/// </summary>
public static class UploadServerProcess
{
    public const string SuiteName = "upload-server";

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name) => args[Array.IndexOf(args, name) + 1];
        await using var app = ViewerHost.BuildViewer(new ViewerOptions
        {
            DataFolder = Arg("--data"),
            Port = 0,
            AssetNetworkPath = Arg("--assets"),
        });
        await app.StartAsync();
        var accounts = app.Services.GetRequiredService<IAccountStore>();
        const string Pilot = "bench-pilot";
        await accounts.TryCreateAsync(new Account(Pilot, AccountSignIn.HashPassword(Pilot, Convert.ToHexString(Guid.NewGuid().ToByteArray())), [ViewerRoles.Pilot]), default);
        var (token, record) = ApiTokens.Create(Pilot, "upload bench", DateTimeOffset.UtcNow);
        await accounts.AddTokenAsync(record, default);

        Console.WriteLine($"url {app.Urls.Single()}");
        Console.WriteLine($"token {token}");
        await Console.In.ReadToEndAsync(); // the bench closes our standard input when it is done
        await app.StopAsync();
        return 0;
    }
}
