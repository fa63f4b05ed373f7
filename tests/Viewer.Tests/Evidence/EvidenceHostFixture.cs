using DroneInspect.Grains.Abstractions;
using DroneInspect.Synthetic;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Tests.Evidence;

/// <summary>
/// The real viewer host (Kestrel, the embedded silo, real grain queries) on a temp data folder, after analysing the
/// generated sample flight through it; <see cref="RestartAsync"/> stops it and starts a new host on the same folder.
/// </summary>
public sealed class EvidenceHostFixture : IAsyncLifetime
{
    public const string FlightId = "sample-evidence";
    private static readonly TimeSpan MaxFlightTime = TimeSpan.FromMinutes(3);

    private readonly string _folder = Directory.CreateTempSubdirectory("di-evidence-").FullName;
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = new();

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public string DataFolder => Path.Combine(_folder, "data");

    public async Task InitializeAsync()
    {
        var sample = SampleFlightGenerator.Generate(Path.Combine(_folder, "sample"), seed: 42);
        await StartAsync();
        var grain = _app!.Services.GetRequiredService<IGrainFactory>().GetGrain<IFlightGrain>(FlightId);
        await grain.Start(new FlightRequest(sample.FlightFolder, sample.AssetsPath, sample.CustomersPath, Path.Combine(_folder, "output")));
        using var timeout = new CancellationTokenSource(MaxFlightTime);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (await poll.WaitForNextTickAsync(timeout.Token))
        {
            var status = await grain.GetStatus();
            if (status.State is FlightState.Completed or FlightState.Failed)
            {
                Assert.Equal(FlightState.Completed, status.State);
                break;
            }
        }

        Findings = await grain.GetFindings();
    }

    /// <summary>Stops the host and starts a new one (new ports) on the same data folder.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task StartAsync()
    {
        var options = new ViewerOptions { DataFolder = DataFolder, Port = 0 };
        _app = ViewerHost.BuildViewer(options);
        await _app.StartAsync();
        _engineerToken ??= await TestAccounts.CreateAsync(_app.Services, "engineer-ev", DroneInspect.Viewer.Auth.ViewerRoles.Engineer); // kept across the restart
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
        Client.DefaultRequestHeaders.Authorization = new("Bearer", _engineerToken);
    }

    private string? _engineerToken;

    private async Task StopAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }
}
