using System.Diagnostics;
using DroneInspect.Viewer.Hosting;

namespace DroneInspect.Viewer.Tests.Hosting;

/// <summary>The data-folder lock: one holder at a time, across processes, released on dispose and on process death.</summary>
public sealed class DataFolderLockTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("droneinspect-lock-").FullName;

    [Fact]
    public void SecondHolderIsRefusedNamingTheFolderAndTheOwner()
    {
        using var first = DataFolderLock.Acquire(_folder);

        var refused = Assert.Throws<HostStartException>(() => DataFolderLock.Acquire(_folder));

        Assert.Contains($"The data folder {_folder} is in use by another DroneInspect process", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"process {Environment.ProcessId} ", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--data", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReleasedLockCanBeTakenAgainAndItsOwnerNoteIsGone()
    {
        DataFolderLock.Acquire(_folder).Dispose();

        Assert.False(File.Exists(Path.Combine(_folder, DataFolderLock.OwnerFileName)));
        using var again = DataFolderLock.Acquire(_folder);
        Assert.True(File.Exists(Path.Combine(_folder, DataFolderLock.OwnerFileName)));
    }

    [Fact]
    public async Task LockHeldByAnotherProcessIsRefusedAndFreedWhenThatProcessIsKilled()
    {
        var lockPath = Path.Combine(_folder, DataFolderLock.LockFileName);
        using var holder = Process.Start(new ProcessStartInfo("flock", ["--exclusive", "--no-fork", lockPath, "sleep", "60"])
        {
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("could not start flock(1)");
        try
        {
            await WaitUntilHeldAsync(lockPath);

            Assert.Throws<HostStartException>(() => DataFolderLock.Acquire(_folder));
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
            await holder.WaitForExitAsync();
        }

        using var afterDeath = DataFolderLock.Acquire(_folder);
        Assert.Equal(_folder, afterDeath.DataFolder);
    }

    /// <summary>flock(1) takes the lock a moment after it starts; probe with flock itself until it is taken.</summary>
    private static async Task WaitUntilHeldAsync(string lockPath)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var probe = Process.Start(new ProcessStartInfo("flock", ["--exclusive", "--nonblock", lockPath, "true"]))!;
            await probe.WaitForExitAsync();
            if (probe.ExitCode != 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("flock(1) did not take the lock within 5 s");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
