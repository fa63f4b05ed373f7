using System.Diagnostics;
using System.Net;
using DroneInspect.Viewer.Auth;

namespace DroneInspect.Viewer.Tests.Live;

/// <summary>An open stream must not hold up the host's stop (Kestrel waits for open requests up to its shutdown timeout).</summary>
public sealed class LiveShutdownTests
{
    [Fact]
    public async Task StoppingTheHostEndsOpenStreamsPromptly()
    {
        var dataFolder = Directory.CreateTempSubdirectory("di-live-stop-").FullName;
        try
        {
            var host = await ViewerTestHost.StartAsync(dataFolder);
            var token = await host.CreateUserAsync("engineer1", ViewerHostFixture.Password, ViewerRoles.Engineer);
            using var client = host.NewClient(token);
            using var response = await client.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var reader = new SseReader(await response.Content.ReadAsStreamAsync());
            Assert.True(await reader.ReadUntilAsync(r => r.Comments.Contains("connected"), TimeSpan.FromSeconds(10)));

            var stopping = Stopwatch.StartNew();
            await host.App.StopAsync();
            stopping.Stop();
            await reader.ReadUntilAsync(_ => false, TimeSpan.FromSeconds(5));
            await host.App.DisposeAsync();

            Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), $"stop took {stopping.Elapsed}");
            Assert.True(reader.Ended, "the stream was still open after the host stopped");
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
