using System.Net;
using System.Net.Sockets;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Flights;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Tests;

/// <summary>
/// The real viewer host (Kestrel on a free loopback port, the embedded silo on free ports, a temp data folder).
/// Flight data comes from <see cref="InMemoryFlightQueries"/> so the HTTP layer is tested on known content.
/// </summary>
public sealed class ViewerHostFixture : IAsyncLifetime
{
    public const string KnownFlightId = "line-7";

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("di-viewer-").FullName;
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = new();

    public InMemoryFlightQueries Flights { get; } = new();

    public async Task InitializeAsync()
    {
        Flights.Add(new FlightStatus(KnownFlightId, FlightState.Completed, 12, 11, 1, ["bad.jpg: truncated"], 1),
        [
            new Finding("h1", "thermal", "T-7", "clamp", "serious", "dlt664-metal-connection", 92.5, 31.0, 61.5,
                LatitudeDegrees: 47.3769, LongitudeDegrees: 8.5417, AltitudeMeters: 18.0, UncertaintyMeters: 2.5,
                SightingCount: 3, Captures: ["c1.jpg", "c2.jpg", "c3.jpg"], Absolute: true, Label: null)
            {
                GradeStandard = "DL/T 664-2016",
                Grades = [new StandardGrade("DL/T 664-2016", "serious", "dlt664-metal-connection", "appendix", 2, 4)],
                GradingCaptureId = "c2.jpg",
            },
        ]);

        var options = new ViewerOptions
        {
            DataFolder = _dataFolder,
            Port = 0,
            SiloPort = FreeTcpPort(),
            GatewayPort = FreeTcpPort(),
        };
        _app = ViewerHost.BuildViewer(options, services => services.AddSingleton<IFlightQueries>(Flights));
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

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

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
