using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Store;
using DroneInspect.Viewer.Uploads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DroneInspect.Viewer.Hosting;

/// <summary>Uploads in the embedded default: the capture store is a folder under the data folder; intake's default limits.</summary>
public static class UploadServiceExtensions
{
    public static IServiceCollection AddUploads(this IServiceCollection services, ViewerOptions options)
    {
        var folders = new UploadFolders(options.DataFolder);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(folders);
        services.AddSingleton(options);
        services.AddSingleton(IntakeLimits.Default);
        services.AddSingleton<ICaptureStore>(_ => new FileCaptureStore(folders.Store));
        services.AddSingleton<UploadService>();
        return services;
    }
}
