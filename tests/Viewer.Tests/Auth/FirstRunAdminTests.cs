using System.Net;
using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Tests.Auth;

[Collection(ViewerHostCollection.Name)]
public sealed class FirstRunAdminTests(ViewerHostFixture host)
{
    [Fact]
    public async Task FirstRunSecretSignsInAsAdminAndIsStoredOnlyHashed()
    {
        var secret = host.FirstRunSecret;
        Assert.NotNull(secret);
        Assert.True(secret.Length >= 32, $"secret '{secret.Length}' characters");

        using var client = host.Host.NewClient();
        using var signIn = await ViewerTestHost.SignInAsync(client, FirstRunAdmin.UserName, secret);
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        using var users = await client.GetAsync("/api/admin/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);

        var stored = (await host.Host.Services.GetRequiredService<IAccountStore>().FindAsync(FirstRunAdmin.UserName, default))!;
        Assert.NotEqual(secret, stored.PasswordHash);
        Assert.DoesNotContain(secret, stored.PasswordHash, StringComparison.Ordinal);
        Assert.False(FileContains(host.Host.Services.GetRequiredService<ViewerDatabase>().Path, secret));
    }

    [Fact]
    public void SecretIsHandedOutOnlyOnce()
    {
        Assert.Null(host.Host.Services.GetRequiredService<FirstRunAdmin>().TakeSecret());
    }

    [Fact]
    public async Task EachFirstRunGetsItsOwnSecretAndARestartPrintsNone()
    {
        var dataFolder = Directory.CreateTempSubdirectory("di-firstrun-").FullName;
        try
        {
            string? first;
            await using (var fresh = await ViewerTestHost.StartAsync(dataFolder))
            {
                first = fresh.Services.GetRequiredService<FirstRunAdmin>().TakeSecret();
            }

            SqliteConnection.ClearAllPools();
            await using var restarted = await ViewerTestHost.StartAsync(dataFolder);
            var second = restarted.Services.GetRequiredService<FirstRunAdmin>().TakeSecret();

            Assert.NotNull(first);
            Assert.NotEqual(host.FirstRunSecret, first);
            Assert.Null(second);
            using var client = restarted.NewClient();
            using var signIn = await ViewerTestHost.SignInAsync(client, FirstRunAdmin.UserName, first);
            Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static bool FileContains(string path, string text)
    {
        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(path);
        var wal = path + "-wal";
        var all = File.Exists(wal) ? [.. bytes, .. File.ReadAllBytes(wal)] : bytes;
        return System.Text.Encoding.Latin1.GetString(all).Contains(text, StringComparison.Ordinal);
    }
}
