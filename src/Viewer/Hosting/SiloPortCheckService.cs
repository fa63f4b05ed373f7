using Microsoft.Extensions.Hosting;

namespace DroneInspect.Viewer.Hosting;

/// <summary>Checks the silo's ports are free as the host starts, before the silo binds them (see <see cref="SiloPorts.EnsureFree"/>).</summary>
public sealed class SiloPortCheckService(SiloPorts ports) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        ports.EnsureFree();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
