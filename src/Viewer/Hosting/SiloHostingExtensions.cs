using DroneInspect.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DroneInspect.Viewer.Hosting;

/// <summary>
/// Co-hosts the Orleans silo in this process (the single-machine default): one place for the web and headless hosts.
/// Its log goes to <c>{data folder}/logs/droneinspect-YYYYMMDD.log</c>, not the console, where a command draws progress;
/// the <see cref="RunLog"/> service holds the records a run reports.
/// </summary>
public static class SiloHostingExtensions
{
    /// <summary>Folder under the data folder that holds the log files.</summary>
    public const string LogsFolderName = "logs";

    public static IHostApplicationBuilder AddDroneInspectSilo(this IHostApplicationBuilder builder, ViewerOptions options)
    {
        var dataFolder = Path.GetFullPath(options.DataFolder);
        Directory.CreateDirectory(dataFolder);

        var runLog = new RunLog();
        builder.Services.AddSingleton(runLog);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ILoggerProvider>(_ => new FileLoggerProvider(Path.Combine(dataFolder, LogsFolderName), runLog, TimeProvider.System));

        // Ports are ours to choose so a test host or a second tool can run beside `droneinspect serve`.
        builder.UseOrleans(silo => silo.AddDroneInspectEmbedded(
            dataFolder,
            inspect => inspect.DetectorModelPath = options.DetectorModelPath,
            siloPort: options.SiloPort,
            gatewayPort: options.GatewayPort));
        return builder;
    }
}
