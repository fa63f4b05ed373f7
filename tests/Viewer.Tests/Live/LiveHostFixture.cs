using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Flights;
using DroneInspect.Viewer.Live;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Tests.Live;

/// <summary>
/// A real viewer host for the live stream: flights in memory (tests change them and the watcher notices), the watcher
/// polling every 50 ms, two pilots and an engineer with API tokens. The real upload service and store.
/// </summary>
public sealed class LiveHostFixture : IAsyncLifetime
{
    public const string Pilot1 = "pilot1";

    public const string Pilot2 = "pilot2";

    public const string Engineer = "engineer1";

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("di-live-").FullName;
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private ViewerTestHost? _host;

    public InMemoryFlightQueries Flights { get; } = new();

    public ViewerTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public static LiveOptions FastOptions { get; } = new() { PollInterval = TimeSpan.FromMilliseconds(50), ListInterval = TimeSpan.FromMilliseconds(100) };

    public HttpClient ClientOf(string userName) => Host.NewClient(_tokens[userName]);

    public Task SetOwnerAsync(string flightId, string owner) =>
        Host.Services.GetRequiredService<IFlightOwners>().SetOwnerAsync(flightId, owner, default);

    public async Task InitializeAsync()
    {
        _host = await ViewerTestHost.StartAsync(
            _dataFolder,
            configure: null,
            services => services.AddSingleton<IFlightQueries>(Flights).AddSingleton(FastOptions));
        _tokens[Pilot1] = await _host.CreateUserAsync(Pilot1, ViewerHostFixture.Password, ViewerRoles.Pilot);
        _tokens[Pilot2] = await _host.CreateUserAsync(Pilot2, ViewerHostFixture.Password, ViewerRoles.Pilot);
        _tokens[Engineer] = await _host.CreateUserAsync(Engineer, ViewerHostFixture.Password, ViewerRoles.Engineer);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(_dataFolder, recursive: true);
    }
}
