using DroneInspect.Cli.Uploading;
using DroneInspect.Synthetic;
using DroneInspect.Viewer;
using DroneInspect.Viewer.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Browser.Tests.Support;

/// <summary>
/// A real viewer (Kestrel on a free loopback port, the embedded silo, its own data folder) placed on the sample flight's
/// asset network, with one account per role, and the sample flight's files on disk for a pilot to upload.
/// </summary>
public sealed class ViewerSite : IAsyncDisposable
{
    public const string Password = "browser test password 1";

    private readonly WebApplication _app;

    private readonly string _adminSecret;

    private ViewerSite(WebApplication app, string root, SampleFlightSummary sample, string adminSecret) =>
        (_app, Root, Sample, _adminSecret) = (app, root, sample, adminSecret);

    /// <summary>
    /// User name of each role's account, the role's own name ("pilot", "engineer", "service", "admin"). The admin is
    /// the first-run admin, signed in with the secret the server gives once.
    /// </summary>
    public static IReadOnlyList<string> Roles { get; } = [ViewerRoles.Pilot, ViewerRoles.Engineer, ViewerRoles.Service, ViewerRoles.Admin];

    public string Root { get; }

    public SampleFlightSummary Sample { get; }

    public Uri Url => new(_app.Urls.Single());

    public IServiceProvider Services => _app.Services;

    public static async Task<ViewerSite> StartAsync()
    {
        var root = Directory.CreateTempSubdirectory("di-browser-").FullName;
        var sample = SampleFlightGenerator.Generate(Path.Combine(root, "sample"), 42);
        var app = ViewerHost.BuildViewer(new ViewerOptions
        {
            DataFolder = Path.Combine(root, "data"),
            Port = 0,
            AssetNetworkPath = sample.AssetsPath,
            CustomersPath = sample.CustomersPath,
        });
        await app.StartAsync();
        var adminSecret = app.Services.GetRequiredService<FirstRunAdmin>().TakeSecret()
            ?? throw new InvalidOperationException("a new data folder's first start gives the admin's secret");
        var accounts = app.Services.GetRequiredService<IAccountStore>();
        foreach (var role in Roles.Where(r => r != FirstRunAdmin.UserName))
        {
            if (!await accounts.TryCreateAsync(new Account(role, AccountSignIn.HashPassword(role, Password), [role]), default))
            {
                throw new InvalidOperationException($"could not create the {role} account");
            }
        }

        return new ViewerSite(app, root, sample, adminSecret);
    }

    public string PasswordOf(string userName) => userName == FirstRunAdmin.UserName ? _adminSecret : Password;

    /// <summary>An API token for <paramref name="userName"/>, for steps a test takes through the API rather than the page.</summary>
    public async Task<string> TokenAsync(string userName)
    {
        var (token, record) = ApiTokens.Create(userName, "browser tests", DateTimeOffset.UtcNow);
        await _app.Services.GetRequiredService<IAccountStore>().AddTokenAsync(record, default);
        return token;
    }

    /// <summary>
    /// The sample flight uploaded by the pilot through the API (the `upload` command's client) and analysed, once per
    /// site: the flight the map tests look at. Its id is <paramref name="flightId"/>.
    /// </summary>
    public Task<RemoteFlight> AnalysedFlightAsync(string flightId = "sample-api") =>
        _analysed ??= UploadAndWaitAsync(flightId);

    private Task<RemoteFlight>? _analysed;

    private async Task<RemoteFlight> UploadAndWaitAsync(string flightId)
    {
        using var http = UploadClient.CreateHttp(Url, await TokenAsync(ViewerRoles.Pilot));
        var client = new UploadClient(http);
        var summary = await new UploadRun(client).RunAsync(flightId, LocalUpload.Collect(Sample.FlightFolder), CancellationToken.None);
        if (summary.Close is null)
        {
            throw new InvalidOperationException($"the sample flight's upload did not close: {summary.CloseProblem}");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            var flight = await client.GetFlightAsync(flightId, CancellationToken.None);
            if (flight.State is "Completed" or "Failed")
            {
                return flight.State == "Completed" ? flight : throw new InvalidOperationException($"the sample flight failed: {string.Join("; ", flight.Problems)}");
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("the sample flight was not analysed within 5 minutes");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }
}
