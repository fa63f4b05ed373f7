using System.Net;
using System.Text.Json.Serialization;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Evidence;
using DroneInspect.Viewer.Flights;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Hosting;

/// <summary>Registrations for the viewer: Kestrel, options, JSON, problem details, flight queries, and the silo.</summary>
public static class ViewerServiceExtensions
{
    public static WebApplicationBuilder AddViewerServices(this WebApplicationBuilder builder, ViewerOptions options)
    {
        builder.Services.AddOptions<ViewerOptions>()
            .BindConfiguration(ViewerOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Parse(options.ListenAddress), options.Port));

        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddSingleton<IFlightQueries, GrainFlightQueries>();
        builder.Services.AddSingleton(new EvidenceRoot(Path.Combine(Path.GetFullPath(options.DataFolder), EvidenceFiles.FolderName)));
        builder.Services.AddSingleton<EvidenceReader>();

        builder.AddDroneInspectSilo(options);
        return builder;
    }
}
