using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Tests.Uploads;

/// <summary>
/// The real viewer host with the real silo and store in a temp data folder, under small intake limits so the tests can
/// cross them: 1 MB a file, 3 MB a flight, 6 files, expansion 100 times.
/// </summary>
public sealed class UploadHostFixture : IAsyncLifetime
{
    public static readonly IntakeLimits Limits = new(MaxFileBytes: 1024 * 1024, MaxFlightBytes: 3 * 1024 * 1024, MaxFiles: 6, MaxCompressionRatio: 100);

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("di-upload-").FullName;
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = new();

    public string DataFolder => _dataFolder;

    /// <summary>Content hashes the store holds, read from its folder.</summary>
    public IReadOnlyList<string> StoredHashes() => new FileCaptureStore(Path.Combine(_dataFolder, "store")).List().ToList();

    public async Task InitializeAsync()
    {
        var assets = Path.Combine(_dataFolder, "assets.geojson");
        File.WriteAllText(assets, """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[8.47,47.41]},"properties":{"id":"P-1","kind":"pole"}}]}""");
        var options = new ViewerOptions
        {
            DataFolder = _dataFolder,
            Port = 0,
            AssetNetworkPath = assets,
        };
        _app = ViewerHost.BuildViewer(options, services => services.AddSingleton(Limits));
        await _app.StartAsync();
        PilotToken = await TestAccounts.CreatePilotAsync(_app.Services);
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
        Client.DefaultRequestHeaders.Authorization = new("Bearer", PilotToken);
    }

    /// <summary>The API token of the pilot <see cref="Client"/> uploads as.</summary>
    public string PilotToken { get; private set; } = string.Empty;

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(_dataFolder, recursive: true);
    }
}
