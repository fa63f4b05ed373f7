using DroneInspect.Cases.Lifecycle;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Abstractions.Cases;
using DroneInspect.Grains.Capture;
using DroneInspect.Grains.Cases;
using DroneInspect.Grains.Evidence;
using DroneInspect.Grains.Flight;
using DroneInspect.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Serialization;

namespace DroneInspect.Grains.Hosting;

public static class SiloBuilderExtensions
{
    /// <summary>Grain storage name every DroneInspect grain uses.</summary>
    public const string StorageName = "inspect";

    /// <summary>
    /// The log-consistency provider of the event-sourced case grains: Orleans' log storage, which keeps each case's event
    /// list in the <see cref="StorageName"/> storage.
    /// </summary>
    public const string CaseLogProvider = "case-log";

    /// <summary>
    /// The single-machine default: localhost clustering (Orleans' default ports unless given), grain state in
    /// <c>{dataFolder}/inspect.db</c>, evidence under <c>{dataFolder}/evidence</c>, and everything the grains need (see <see cref="AddDroneInspectGrains"/>).
    /// </summary>
    public static ISiloBuilder AddDroneInspectEmbedded(
        this ISiloBuilder builder,
        string dataFolder,
        Action<InspectOptions>? configure = null,
        int siloPort = EndpointOptions.DEFAULT_SILO_PORT,
        int gatewayPort = EndpointOptions.DEFAULT_GATEWAY_PORT)
        => builder.UseLocalhostClustering(siloPort, gatewayPort).AddDroneInspectGrains(dataFolder, configure);

    /// <summary>
    /// Storage "inspect" on SQLite in <paramref name="dataFolder"/> and the grains' services, without clustering (for test
    /// clusters and hosts that choose their own). Services registered before this call (an <see cref="ICaptureAnalyzer"/>,
    /// <see cref="IFlightIntake"/>, <see cref="Pipeline.IComponentDetector"/>, a <see cref="CaseDuePolicy"/>) are kept. Case
    /// grains keep their event logs in the same storage (<see cref="CaseLogProvider"/>); case types travel as JSON
    /// (<see cref="CaseSerialization"/>), and a refused case step reaches the caller as its CaseTransitionException. Without a registered detector the
    /// model at <see cref="InspectOptions.DetectorModelPath"/> is loaded once for the silo on first use
    /// (<see cref="DetectorModels"/>); a configured path that does not exist is reported in each capture's notes.
    /// </summary>
    public static ISiloBuilder AddDroneInspectGrains(this ISiloBuilder builder, string dataFolder, Action<InspectOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        builder.AddSqliteGrainStorage(StorageName, o => o.DatabasePath = Path.Combine(dataFolder, "inspect.db"));
        builder.AddLogStorageBasedLogConsistencyProvider(CaseLogProvider);
        builder.Services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add(CaseSerialization.NamespacePrefix));
        var inspect = builder.Services.AddOptions<InspectOptions>();
        if (configure is not null)
        {
            inspect.Configure(configure);
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(CaseDuePolicy.Default);
        builder.Services.TryAddSingleton(CaseUrgencyMap.Default);
        builder.Services.TryAddSingleton<CaseIntake>();
        builder.Services.TryAddSingleton<CaseFactsReader>();
        builder.Services.TryAddSingleton<AssetNetworkCache>();
        builder.Services.TryAddSingleton<DetectorModels>();
        builder.Services.TryAddSingleton<ICaptureAnalyzer, PipelineCaptureAnalyzer>();
        builder.Services.TryAddSingleton<IFlightIntake, LibraryFlightIntake>();
        builder.Services.TryAddSingleton<CustomerDirectory>();
        builder.Services.TryAddSingleton<FlightOutputs>();
        builder.Services.TryAddSingleton(new EvidenceStore(Path.Combine(dataFolder, EvidenceFiles.FolderName)));
        return builder;
    }
}
