using System.Diagnostics;
using DroneInspect.Cli.Tests.Support;
using DroneInspect.Viewer.Hosting;

namespace DroneInspect.Cli.Tests.Commands;

/// <summary>`serve` on a data folder another process holds: exit 1 at once with the plain message, no stack trace.</summary>
public sealed class DataFolderInUseTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("di-cli-lock-").FullName;

    [Fact]
    public async Task ServeOnAFolderAnotherProcessHoldsExitsWithTheMessage()
    {
        var lockPath = Path.Combine(_dataFolder, DataFolderLock.LockFileName);
        File.WriteAllText(Path.Combine(_dataFolder, DataFolderLock.OwnerFileName), "process 4242 (droneinspect) on site-laptop, holding it since 2026-12-04 08:00:00 UTC\n");
        using var holder = Process.Start(new ProcessStartInfo("flock", ["--exclusive", "--no-fork", lockPath, "sleep", "60"]))!;
        try
        {
            await WaitUntilHeldAsync(lockPath);
            var started = Stopwatch.StartNew();

            var run = await CliRun.Of("serve", "--data", _dataFolder, "--port", ViewerForTests.FreeTcpPort().ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"droneinspect: The data folder {_dataFolder} is in use by another DroneInspect process (process 4242 (droneinspect) on site-laptop", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Viewer:", run.Out, StringComparison.Ordinal);
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), $"refused after {started.Elapsed}");
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
            await holder.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task EqualSiloAndGatewayPortsAreAUsageError()
    {
        var run = await CliRun.Of("serve", "--data", _dataFolder, "--silo-port", "40001", "--gateway-port", "40001");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--silo-port and --gateway-port must differ (both 40001)", run.Error, StringComparison.Ordinal);
    }

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

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);
}
