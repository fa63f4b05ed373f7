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

        // One process per data folder, checked before anything else starts; then the silo's ports (0 = a free one),
        // checked free just before the silo binds them. Both act in StartingAsync, ahead of the silo's own start.
        var ports = SiloPorts.Resolve(options.SiloPort, options.GatewayPort);
        builder.Services.AddSingleton(ports);
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(_ => new DataFolderLockService(dataFolder)));
        builder.Services.Insert(1, ServiceDescriptor.Singleton<IHostedService, SiloPortCheckService>());
        builder.UseOrleans(silo => silo.AddDroneInspectEmbedded(
            dataFolder,
            inspect => inspect.DetectorModelPath = options.DetectorModelPath,
            siloPort: ports.SiloPort,
            gatewayPort: ports.GatewayPort));
        return builder;
    }
}
