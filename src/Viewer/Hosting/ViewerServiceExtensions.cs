using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json.Serialization;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Evidence;
using DroneInspect.Viewer.Findings;
using DroneInspect.Viewer.Flights;
using DroneInspect.Viewer.Hardening;
using DroneInspect.Viewer.Live;
using DroneInspect.Viewer.OpenApi;
using DroneInspect.Viewer.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Hosting;

/// <summary>Registrations for the viewer: Kestrel, options, JSON, problem details, flight queries, sign-in, OpenAPI, the Host allow-list, and the silo.</summary>
public static class ViewerServiceExtensions
{
    public static WebApplicationBuilder AddViewerServices(this WebApplicationBuilder builder, ViewerOptions options)
    {
        builder.Services.AddOptions<ViewerOptions>()
            .BindConfiguration(ViewerOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Parse(options.ListenAddress), options.Port);
            kestrel.Limits.MaxRequestBodySize = RequestBodyLimits.DefaultBytes;
        });

        builder.Services.AddViewerProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());

            // ASP.NET Core's default for API JSON is the relaxed encoder, which leaves <, >, & and ' as they are. Text
            // people typed (comments, labels, file names) is answered with those escaped instead, so no answer reads
            // as markup even where a page or a log embeds it; letters of every script stay readable.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        builder.Services.AddSingleton<IFlightQueries, GrainFlightQueries>();
        builder.Services.AddFindingIndex();
        builder.Services.AddSingleton<Map.AssetNetworkGeoJson>();
        builder.Services.AddUploads(options);
        builder.Services.AddLive();
        builder.Services.AddSingleton<IFlightOwners, SqliteFlightOwners>();
        builder.Services.AddSingleton<FlightAccess>();
        builder.Services.AddHostAllowList();
        builder.Services.AddOpenApi(openApi => openApi.AddOperationTransformer<AccessOperationTransformer>());
        builder.AddViewerAuth(options);
        builder.Services.AddSingleton(new EvidenceRoot(Path.Combine(Path.GetFullPath(options.DataFolder), EvidenceFiles.FolderName)));
        builder.Services.AddSingleton<EvidenceReader>();

        builder.AddDroneInspectSilo(options);
        return builder;
    }
}
