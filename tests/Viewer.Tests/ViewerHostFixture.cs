using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Flights;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Tests;

/// <summary>
/// The real viewer host with known flights (<see cref="InMemoryFlightQueries"/>) and one user per role, each with an
/// API token. <see cref="Client"/> is signed in as an engineer (by token); the known flight belongs to
/// <see cref="PilotOwner"/>. The first-run admin secret is taken here, once, into <see cref="FirstRunSecret"/>.
/// </summary>
public sealed class ViewerHostFixture : IAsyncLifetime
{
    public const string KnownFlightId = "line-7";

    public const string Password = "correct horse battery staple";

    public const string PilotOwner = "pilot1";

    public const string OtherPilot = "pilot2";

    public const string NoRoleUser = "norole1";

    /// <summary>A name added to the Host allow-list by configuration.</summary>
    public const string ConfiguredHostName = "viewer.utility.example";

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("di-viewer-").FullName;
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private ViewerTestHost? _host;

    public HttpClient Client { get; private set; } = new();

    public InMemoryFlightQueries Flights { get; } = new();

    public ViewerTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public string? FirstRunSecret { get; private set; }

    /// <summary>The test user holding only <paramref name="role"/> (e.g. "engineer1"), or <see cref="NoRoleUser"/> for "".</summary>
    public static string UserFor(string role) => role.Length == 0 ? NoRoleUser : role + "1";

    public string TokenOf(string userName) => _tokens[userName];

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

        _host = await ViewerTestHost.StartAsync(
            _dataFolder,
            options =>
            {
                options.SignInAttemptsPerMinute = 10_000;
                options.AllowedHosts = [ConfiguredHostName];
            },
            services => services.AddSingleton<IFlightQueries>(Flights));
        FirstRunSecret = _host.Services.GetRequiredService<FirstRunAdmin>().TakeSecret();

        foreach (var role in ViewerRoles.All)
        {
            _tokens[UserFor(role)] = await _host.CreateUserAsync(UserFor(role), Password, role);
        }

        _tokens[OtherPilot] = await _host.CreateUserAsync(OtherPilot, Password, ViewerRoles.Pilot);
        _tokens[NoRoleUser] = await _host.CreateUserAsync(NoRoleUser, Password);
        await _host.Services.GetRequiredService<IFlightOwners>().SetOwnerAsync(KnownFlightId, PilotOwner, default);
        Client = _host.NewClient(TokenOf(UserFor(ViewerRoles.Engineer)));
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(_dataFolder, recursive: true);
    }
}
