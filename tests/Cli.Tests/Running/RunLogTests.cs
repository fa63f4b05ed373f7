using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Viewer;
using DroneInspect.Viewer.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DroneInspect.Cli.Tests.Running;

/// <summary>
/// The runtime's log lines go to a file under the data folder, never the console a command draws progress on; the
/// warnings that matter (not the scheduler's slow-turn notices, not our own, already the flight's problems) are kept
/// for the run's problems.
/// </summary>
public sealed class RunLogTests : IDisposable
{
    private const string SlowTurn = "Task [Id=1, Status=RanToCompletion] in WorkGroup [Activation: S127.0.0.1:11111:1/captureanalysis/0] took elapsed time 0:00:00.412 for execution, which is longer than 00:00:00.2000000. Running on thread 12";
    private const string TimedOut = "Response did not arrive on time in '00:00:30' for message: 'Request S127.0.0.1 captureanalysis/0 Analyze()'. About to break its promise.";

    private readonly TempFolder _temp = new();

    [Fact]
    public void OnlyRuntimeWarningsThatMatterBecomeProblemsCountedByMessage()
    {
        var log = new RunLog();

        log.Record("Orleans.Runtime.Scheduler.WorkItemGroup", LogLevel.Warning, SlowTurn, "a.log");
        log.Record("Orleans.Runtime.Watchdog", LogLevel.Warning, "Watchdog free time is overdue", "a.log");
        log.Record("Orleans.Runtime.MembershipService.LocalSiloHealthMonitor", LogLevel.Warning, ".NET Thread Pool execution stalled for 3.7452232s.", "a.log");
        log.Record("Orleans.Runtime.AsyncTimer.LocalSiloHealthMonitor", LogLevel.Warning, "Timer should have fired at 17:28:01 but fired at 17:28:04", "a.log");
        log.Record("DroneInspect.Grains.Flight.FlightGrain", LogLevel.Warning, "Capture C1 parked after 2 tries", "a.log");
        log.Record("Orleans.Runtime.CallbackData", LogLevel.Warning, TimedOut, "a.log");
        log.Record("Orleans.Runtime.CallbackData", LogLevel.Warning, TimedOut, "a.log");
        log.Record("Orleans.Storage.Sqlite", LogLevel.Error, "database is locked\nat line 2", "a.log");
        log.Record("Orleans.Runtime.Silo", LogLevel.Information, "Silo started", "a.log");
        log.Record("Orleans.Runtime.Silo", LogLevel.Warning, "Note: Silo not running with ServerGC turned on - recommend checking app config", "a.log");
        log.Record("Orleans.Runtime.Silo", LogLevel.Warning, "Note: ServerGC only kicks in on multi-core systems", "a.log");

        Assert.Equal(10, log.WarningCount);
        Assert.Equal(
            [
                $"runtime warning (Orleans.Runtime.CallbackData): {TimedOut} (2 times)",
                "runtime error (Orleans.Storage.Sqlite): database is locked",
            ],
            log.Problems());
        Assert.Equal("a.log", log.LogFilePath);
    }

    [Fact]
    public void RecordsGoToOneFilePerUtcDayUnderTheLogsFolder()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 23, 59, 0, TimeSpan.Zero));
        var log = new RunLog();
        var folder = Path.Combine(_temp.Path, "logs");
        using (var provider = new FileLoggerProvider(folder, log, time))
        {
            var logger = provider.CreateLogger("Orleans.Runtime.Scheduler.WorkItemGroup");
            logger.LogWarning("{Message}", SlowTurn);
            time.Advance(TimeSpan.FromMinutes(2));
            provider.CreateLogger("Orleans.Runtime.CallbackData").LogWarning("{Message}", TimedOut);
        }

        var first = File.ReadAllText(Path.Combine(folder, "droneinspect-20261202.log"));
        var second = File.ReadAllText(Path.Combine(folder, "droneinspect-20261203.log"));
        Assert.Equal($"2026-12-02T23:59:00.000Z WARN Orleans.Runtime.Scheduler.WorkItemGroup: {SlowTurn}{Environment.NewLine}", first);
        Assert.StartsWith("2026-12-03T00:01:00.000Z WARN Orleans.Runtime.CallbackData: Response did not arrive on time", second, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(folder, "droneinspect-20261203.log"), log.LogFilePath);
        Assert.Single(log.Problems());
    }

    [Fact]
    public void HostLogsToTheDataFolderAndNotTheConsole()
    {
        var data = Path.Combine(_temp.Path, "data");
        using var host = ViewerHost.BuildHeadless(new ViewerOptions { DataFolder = data });

        var providers = host.Services.GetServices<ILoggerProvider>().ToList();
        host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Orleans.Runtime.Scheduler.WorkItemGroup").LogWarning("{Message}", SlowTurn);

        Assert.IsType<FileLoggerProvider>(Assert.Single(providers));
        var file = Assert.Single(Directory.GetFiles(Path.Combine(data, SiloHostingExtensions.LogsFolderName)));
        Assert.Matches(@"droneinspect-\d{8}\.log$", file);
        Assert.Contains(SlowTurn, File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Empty(host.Services.GetRequiredService<RunLog>().Problems());
    }

    public void Dispose() => _temp.Dispose();
}
