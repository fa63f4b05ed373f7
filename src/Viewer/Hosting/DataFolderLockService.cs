using Microsoft.Extensions.Hosting;

namespace DroneInspect.Viewer.Hosting;

/// <summary>
/// Takes the <see cref="DataFolderLock"/> when the host starts, before any other hosted service (the silo among them)
/// opens the data folder's state, and releases it when the host stops. Registered first, and it acts in
/// <see cref="StartingAsync"/>, which runs before every hosted service's StartAsync.
/// </summary>
public sealed class DataFolderLockService(string dataFolder) : IHostedLifecycleService, IDisposable
{
    private DataFolderLock? _held;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _held ??= DataFolderLock.Acquire(dataFolder);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Releases after every service has stopped, so the silo has written its last state.</summary>
    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _held?.Dispose();
        _held = null;
    }
}
