using Microsoft.AspNetCore.Builder;

namespace DroneInspect.Viewer.Tests.Uploads;

/// <summary>An upload outlives its server: a restarted host on the same data folder resumes it from the committed offset.</summary>
public sealed class UploadRestartTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("di-upload-restart-").FullName;

    [Fact]
    public async Task RestartedServerResumesTheUploadFromTheCommittedOffset()
    {
        var a = TestFiles.Jpeg(300_000, 21);
        var done = TestFiles.Jpeg(50_000, 22);
        string upload;
        string token;
        await using (var first = await StartAsync())
        {
            token = await TestAccounts.CreatePilotAsync(first.Services); // kept in the data folder's account store, as the upload is
            using var client = new HttpClient { BaseAddress = new Uri(first.Urls.Single()) };
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            var api = new UploadApi(client);
            upload = await api.CreateAsync("restart-flight");
            await api.DeclareAsync(upload, "R_W.JPG", a);
            await api.SendAsync(upload, TestFiles.Sha256(a), 0, a.AsMemory(0, 100_000));
            await api.PutWholeAsync(upload, "D_W.JPG", done);
            await first.StopAsync();
        }

        await using var second = await StartAsync();
        using var again = new HttpClient { BaseAddress = new Uri(second.Urls.Single()) };
        again.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var resumed = new UploadApi(again);
        var sameUpload = await resumed.CreateAsync("restart-flight");
        var (_, session) = await resumed.GetAsync(sameUpload);
        var (_, declared) = await resumed.DeclareAsync(sameUpload, "R_W.JPG", a);
        var (status, stored) = await resumed.SendAsync(sameUpload, TestFiles.Sha256(a), 100_000, a.AsMemory(100_000));
        await second.StopAsync();

        Assert.Equal(upload, sameUpload);
        var kept = Assert.Single(session.GetProperty("files").EnumerateArray());
        Assert.Equal(("D_W.JPG", "Stored"), (kept.GetProperty("name").GetString(), kept.GetProperty("state").GetString()));
        Assert.Equal(100_000, declared.GetProperty("committedBytes").GetInt64());
        Assert.Equal(200, status);
        Assert.Equal("Stored", stored.GetProperty("state").GetString());
    }

    public void Dispose() => Directory.Delete(_dataFolder, recursive: true);

    private async Task<WebApplication> StartAsync()
    {
        var app = ViewerHost.BuildViewer(new ViewerOptions { DataFolder = _dataFolder, Port = 0 });
        await app.StartAsync();
        return app;
    }
}
