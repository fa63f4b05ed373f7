using DroneInspect.Viewer.Api;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Findings;
using DroneInspect.Viewer.Hardening;
using DroneInspect.Viewer.Hosting;
using DroneInspect.Viewer.Live;
using DroneInspect.Viewer.Map;
using DroneInspect.Viewer.StaticAssets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DroneInspect.Viewer;

/// <summary>Builds the one-process host: Kestrel with the HTTP API and page, and the Orleans silo beside it.</summary>
public static class ViewerHost
{
    /// <summary>Quiet by default (the CLI draws progress on the terminal); "Logging" configuration overrides it.</summary>
    private static readonly Dictionary<string, string?> LoggingDefaults = new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",

        // The silo's watchdog warns at start-up on a freshly booted machine that its first check is "overdue" by the
        // machine's uptime; real starvation still shows in the flight's progress. Configuration can lower this again.
        ["Logging:LogLevel:Orleans.Runtime.Watchdog"] = "Error",
    };

    public static WebApplication BuildViewer(ViewerOptions options) => BuildViewer(options, configureServices: null);

    /// <summary>As <see cref="BuildViewer(ViewerOptions)"/>; <paramref name="configureServices"/> may replace registrations (tests).</summary>
    public static WebApplication BuildViewer(ViewerOptions options, Action<IServiceCollection>? configureServices)
    {
        options.EnsureValid();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ViewerHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        AddConfiguration(builder.Configuration, options);
        builder.AddViewerServices(options);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseHostFiltering();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseHeadAsGetForRouting();
        app.UseRouting();
        app.UseHeadRestored();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseCookieAntiforgery();

        app.MapHealth();
        app.MapSignIn();
        app.MapTokens();
        app.MapAdmin();
        app.MapFlightApi();
        app.MapReviewApi();
        app.MapFindingsQuery();
        app.MapMapApi();
        app.MapGradingLevels();
        app.MapUploadApi();
        app.MapLiveApi();
        app.MapOpenApi().RequireViewerPolicy(ViewerPolicies.SignedIn);
        app.MapEvidenceApi();
        app.MapEmbeddedAssets();
        return app;
    }

    /// <summary>The silo without HTTP, for runs that write outputs and exit (`analyze`, `demo --no-serve`).</summary>
    public static IHost BuildHeadless(ViewerOptions options)
    {
        options.EnsureValid();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = typeof(ViewerHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        AddConfiguration(builder.Configuration, options);
        builder.AddDroneInspectSilo(options);
        return builder.Build();
    }

    private static void AddConfiguration(IConfigurationManager configuration, ViewerOptions options)
    {
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = LoggingDefaults });
        configuration.AddInMemoryCollection(options.ToConfiguration());
    }
}
