using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Findings;
using DroneInspect.Viewer.Flights;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Tests.Findings;

/// <summary>
/// A viewer host for the map's API: two flights (<see cref="OwnedFlight"/> belongs to <see cref="Pilot"/>, the other
/// to nobody), a small asset network file, and a tile server in configuration. Tokens per role as in
/// <see cref="ViewerHostFixture"/>.
/// </summary>
public sealed class MapHostFixture : IAsyncLifetime
{
    public const string OwnedFlight = "owned";
    public const string OtherFlight = "other";
    public const string Pilot = "pilot-owner";
    public const string OtherPilot = "pilot-else";
    public const string TileUrl = "https://{s}.tiles.utility.example:8443/{z}/{x}/{y}.png";
    public const string TileAttribution = "© Utility GIS";

    private readonly string _folder = Directory.CreateTempSubdirectory("di-map-").FullName;
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private ViewerTestHost? _host;

    public InMemoryFlightQueries Flights { get; } = new();

    public ViewerTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public HttpClient ClientAs(string userName) => Host.NewClient(_tokens[userName]);

    public async Task InitializeAsync()
    {
        Flights.Add(TestFindings.Status(OwnedFlight, 2),
        [
            TestFindings.Thermal("o1", 75.0, 8.541, 47.376, "serious", 2),
            TestFindings.Visual("o2", "critical", 3, 8.545, 47.377),
        ]);
        Flights.Add(TestFindings.Status(OtherFlight, 1), [TestFindings.Thermal("x1", 110.0, 8.70, 47.50, "critical", 3)]);
        var assets = Path.Combine(_folder, "assets.geojson");
        await File.WriteAllTextAsync(assets, AssetsGeoJson);

        _host = await ViewerTestHost.StartAsync(
            Path.Combine(_folder, "data"),
            options =>
            {
                options.AssetNetworkPath = assets;
                options.MapTileUrl = TileUrl;
                options.MapTileAttribution = TileAttribution;
            },
            services => services.AddSingleton<IFlightQueries>(Flights));
        foreach (var role in ViewerRoles.All)
        {
            _tokens[role] = await Host.CreateUserAsync(role + "-map", ViewerHostFixture.Password, role);
        }

        _tokens[Pilot] = await Host.CreateUserAsync(Pilot, ViewerHostFixture.Password, ViewerRoles.Pilot);
        _tokens[OtherPilot] = await Host.CreateUserAsync(OtherPilot, ViewerHostFixture.Password, ViewerRoles.Pilot);
        await Host.Services.GetRequiredService<IFlightOwners>().SetOwnerAsync(OwnedFlight, Pilot, default);
        await Host.Services.GetRequiredService<FindingIndex>().RefreshAsync(default);
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Two poles, a 20 kV line between them and a transformer, as the sample network writes them.</summary>
    public const string AssetsGeoJson = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","id":"P-1","geometry":{"type":"Point","coordinates":[8.541,47.376]},"properties":{"id":"P-1","kind":"pole","heightMeters":12}},
          {"type":"Feature","id":"P-2","geometry":{"type":"Point","coordinates":[8.545,47.377]},"properties":{"id":"P-2","kind":"pole","heightMeters":12}},
          {"type":"Feature","id":"L-1","geometry":{"type":"LineString","coordinates":[[8.541,47.376],[8.545,47.377]]},"properties":{"id":"L-1","kind":"line","voltageKv":20,"feeder":"F-9","attachmentHeightMeters":11}},
          {"type":"Feature","id":"TR-1","geometry":{"type":"Point","coordinates":[8.545,47.377]},"properties":{"id":"TR-1","kind":"transformer","voltageKv":20,"mountedOn":"P-2","mountHeightMeters":6}}
        ]}
        """;
}

[CollectionDefinition(Name)]
public sealed class MapHostCollection : ICollectionFixture<MapHostFixture>
{
    public const string Name = "map host";
}
