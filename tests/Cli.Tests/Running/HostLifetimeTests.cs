using DroneInspect.Cli.Commands;
using DroneInspect.Cli.Running;
using DroneInspect.Cli.Tests.Support;

namespace DroneInspect.Cli.Tests.Running;

public sealed class HostLifetimeTests
{
    [Fact]
    public async Task FirstRunAdminSecretIsPrintedOnceAndNeverAgainForTheSameDataFolder()
    {
        var dataFolder = Directory.CreateTempSubdirectory("di-cli-firstrun-").FullName;
        try
        {
            var first = await StartAndPrintTwiceAsync(dataFolder);
            var restarted = await StartAndPrintTwiceAsync(dataFolder);

            var line = Assert.Single(first.Split('\n'), l => l.StartsWith("First run: sign in as 'admin' with password ", StringComparison.Ordinal));
            var secret = line.Trim()[(line.LastIndexOf(' ') + 1)..];
            Assert.True(secret.Length >= 32, secret);
            Assert.DoesNotContain("First run", restarted, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static async Task<string> StartAndPrintTwiceAsync(string dataFolder)
    {
        var output = new StringWriter();
        var context = new CliContext(output, new StringWriter(), false, dataFolder);
        await using var app = ViewerForTests.Build(dataFolder);
        Assert.True(await HostLifetime.TryStartAsync(app, context));
        HostLifetime.WriteFirstRunAdmin(app, context);
        HostLifetime.WriteFirstRunAdmin(app, context);
        await app.StopAsync();
        return output.ToString();
    }
}
