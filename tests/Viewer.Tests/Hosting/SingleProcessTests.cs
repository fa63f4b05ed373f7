using System.Net;
using System.Net.Sockets;
using DroneInspect.Viewer.Hosting;
using Microsoft.AspNetCore.Builder;

namespace DroneInspect.Viewer.Tests.Hosting;

/// <summary>
/// Whole hosts on one data folder: the second is stopped at start with the plain message, before its silo opens the
/// folder's state, and the first keeps serving; a refused start leaves nothing held.
/// </summary>
public sealed class SingleProcessTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("di-one-process-").FullName;

    [Fact]
    public async Task SecondHostOnTheSameDataFolderStopsAtStartAndTheFirstKeepsServing()
    {
        await using var first = Build();
        await first.StartAsync();
        await using var second = Build();

        var refused = await Assert.ThrowsAsync<HostStartException>(() => second.StartAsync());

        Assert.Contains("is in use by another DroneInspect process", refused.Message, StringComparison.Ordinal);
        using var client = new HttpClient { BaseAddress = new Uri(first.Urls.Single()) };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        await first.StopAsync();
    }

    [Fact]
    public async Task StoppedHostReleasesTheFolderForTheNext()
    {
        await using (var first = Build())
        {
            await first.StartAsync();
            await first.StopAsync();
        }

        await using var next = Build();
        await next.StartAsync();
        await next.StopAsync();
    }

    [Fact]
    public async Task TakenSiloPortStopsTheStartAndReleasesTheFolder()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var takenPort = ((IPEndPoint)holder.LocalEndpoint).Port;

        await using (var clashing = Build(siloPort: takenPort))
        {
            var refused = await Assert.ThrowsAsync<HostStartException>(() => clashing.StartAsync());
            Assert.Contains($"silo port {takenPort}", refused.Message, StringComparison.Ordinal);
        }

        await using var next = Build();
        await next.StartAsync();
        await next.StopAsync();
    }

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);

    private WebApplication Build(int siloPort = 0) =>
        ViewerHost.BuildViewer(new ViewerOptions { DataFolder = _dataFolder, Port = 0, SiloPort = siloPort });
}
