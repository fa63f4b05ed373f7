using DroneInspect.Cli.Commands;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DroneInspect.Cli.Running;

/// <summary>Starting and waiting on the embedded host, with the errors a user can fix turned into plain messages.</summary>
public static class HostLifetime
{
    /// <summary>Starts the host; false (message printed) when the data folder is in use or a port is taken.</summary>
    public static async Task<bool> TryStartAsync(IHost host, CliContext context)
    {
        try
        {
            await host.StartAsync();
            return true;
        }
        catch (HostStartException e)
        {
            context.Error.WriteLine($"droneinspect: {e.Message}");
            return false;
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"droneinspect: could not start the host: {e.Message}");
            context.Error.WriteLine("Another droneinspect may be running; stop it or pick another port with --port.");
            return false;
        }
    }

    /// <summary>Fires on Ctrl+C (the host's console lifetime), so long waits end cleanly.</summary>
    public static CancellationToken Stopping(IHost host) =>
        host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

    public static async Task ServeUntilStoppedAsync(WebApplication app, CliContext context)
    {
        context.Out.WriteLine();
        context.Out.WriteLine($"Viewer: {string.Join(", ", app.Urls)}  (Ctrl+C to stop)");
        WriteFirstRunAdmin(app, context);
        if (app.Services.GetServices<ILoggerProvider>().OfType<FileLoggerProvider>().FirstOrDefault() is { } log)
        {
            context.Out.WriteLine($"Log: {log.PathFor(DateTimeOffset.UtcNow)}");
        }

        await app.WaitForShutdownAsync();
    }

    /// <summary>The first-run admin's secret, on the first start of a data folder only: it is stored nowhere in clear.</summary>
    public static void WriteFirstRunAdmin(WebApplication app, CliContext context)
    {
        if (app.Services.GetRequiredService<FirstRunAdmin>().TakeSecret() is not { } secret)
        {
            return;
        }

        context.Out.WriteLine();
        context.Out.WriteLine($"First run: sign in as '{FirstRunAdmin.UserName}' with password {secret}");
        context.Out.WriteLine("This is shown once and stored only hashed; keep it now, then create users under /api/admin/users.");
    }
}
