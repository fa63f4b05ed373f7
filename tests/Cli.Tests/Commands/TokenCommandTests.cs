using System.Net;
using DroneInspect.Cli.Commands;
using DroneInspect.Cli.Parsing;
using DroneInspect.Cli.Tests.Support;
using DroneInspect.Viewer.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Cli.Tests.Commands;

/// <summary>`token create` against a real viewer signed in with the first-run admin's secret.</summary>
public sealed class TokenCommandTests : IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("di-cli-token-").FullName;
    private Microsoft.AspNetCore.Builder.WebApplication? _app;
    private string _secret = "";

    private Uri Server => new(_app!.Urls.Single());

    public async Task InitializeAsync()
    {
        _app = ViewerForTests.Build(_dataFolder);
        await _app.StartAsync();
        _secret = _app.Services.GetRequiredService<FirstRunAdmin>().TakeSecret()!;
    }

    public async Task DisposeAsync()
    {
        await _app!.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await TempFolders.DeleteAsync(_dataFolder);
    }

    private async Task<(int ExitCode, string Out, string Error)> RunAsync(string? password, params string[] args)
    {
        var command = new TokenCommand(() => password);
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await command.RunAsync(ArgumentParser.Parse(command.Syntax, args), new CliContext(output, error, false, _dataFolder));
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task CreatePrintsATokenThatActsAsTheUser()
    {
        var (exitCode, output, error) = await RunAsync(_secret, "create", "--server", Server.ToString(), "--user", "admin", "--label", "test laptop");

        Assert.Equal(0, exitCode);
        var token = output.Trim();
        Assert.StartsWith(ApiTokens.Prefix, token, StringComparison.Ordinal);
        Assert.Contains("shown once", error);
        using var client = new HttpClient { BaseAddress = Server };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Contains("\"userName\":\"admin\"", await client.GetStringAsync("/api/me"));
    }

    [Fact]
    public async Task WrongPasswordFailsWithTheReason()
    {
        var (exitCode, output, error) = await RunAsync("not the secret at all", "create", "--server", Server.ToString(), "--user", "admin");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Contains("HTTP 401, wrong user name or password", error);
    }

    [Fact]
    public async Task MissingPasswordFailsBeforeAnyRequest()
    {
        var (exitCode, _, error) = await RunAsync(null, "create", "--server", Server.ToString(), "--user", "admin");

        Assert.Equal(1, exitCode);
        Assert.Contains(TokenCommand.PasswordVariable, error);
    }

    [Theory]
    [InlineData("delete", "--server", "http://127.0.0.1:1", "--user", "a")]
    [InlineData("create", "--server", "ftp://example", "--user", "a")]
    public async Task BadArgumentsAreUsageErrors(params string[] args)
    {
        await Assert.ThrowsAsync<UsageException>(() => RunAsync("password", args));
    }

    [Fact]
    public async Task UnreachableServerIsAPlainError()
    {
        var (exitCode, _, error) = await RunAsync("password", "create", "--server", "http://127.0.0.1:1", "--user", "admin");

        Assert.Equal(1, exitCode);
        Assert.Contains("could not get a token", error);
        using var client = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(Server, "/healthz"))).StatusCode);
    }
}
