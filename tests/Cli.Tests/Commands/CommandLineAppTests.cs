using DroneInspect.Cli.Commands;

namespace DroneInspect.Cli.Tests.Commands;

public sealed class CommandLineAppTests : IDisposable
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "di-cli-" + Guid.NewGuid().ToString("N"));

    private Task<int> Run(params string[] args) =>
        CommandLineApp.RunAsync(args, new CliContext(_out, _error, false, _dataFolder), CommandRegistry.All);

    [Fact]
    public async Task UnknownCommandExitsWith2AndPrintsUsage()
    {
        var exitCode = await Run("frobnicate");

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown command 'frobnicate'", _error.ToString());
        Assert.Contains("Usage: droneinspect COMMAND", _error.ToString());
        foreach (var command in CommandRegistry.All)
        {
            Assert.Contains(command.Name, _error.ToString());
        }
    }

    [Fact]
    public async Task NoCommandIsAUsageError()
    {
        Assert.Equal(2, await Run());
        Assert.Contains("no command given", _error.ToString());
    }

    [Fact]
    public async Task HelpListsEveryCommandAndExitsZero()
    {
        Assert.Equal(0, await Run("--help"));
        Assert.Contains("demo", _out.ToString());
        Assert.Contains("generate-sample", _out.ToString());
        Assert.Contains("serve", _out.ToString());
        Assert.Contains("analyze", _out.ToString());
        Assert.Empty(_error.ToString());
    }

    [Fact]
    public async Task CommandHelpShowsItsOptions()
    {
        Assert.Equal(0, await Run("demo", "--help"));
        Assert.Contains("Usage: droneinspect demo [--no-serve] [--data DIR] [--port N]", _out.ToString());
    }

    [Fact]
    public async Task GenerateSampleWithoutOutNamesTheMissingOption()
    {
        Assert.Equal(2, await Run("generate-sample"));
        Assert.Contains("droneinspect generate-sample: missing required option --out DIR.", _error.ToString());
    }

    [Fact]
    public async Task UnknownOptionIsAUsageError()
    {
        Assert.Equal(2, await Run("serve", "--colour"));
        Assert.Contains("unknown option '--colour'", _error.ToString());
    }

    [Fact]
    public async Task PortThatIsNotANumberIsAUsageError()
    {
        Assert.Equal(2, await Run("serve", "--port", "eighty"));
        Assert.Contains("--port expects a whole number from 1 to 65535, got 'eighty'", _error.ToString());
    }

    [Fact]
    public async Task AnalyzeOfAMissingFolderSaysWhichFolder()
    {
        var missing = Path.Combine(_dataFolder, "no-such-flight");

        var exitCode = await Run("analyze", missing, "--assets", "a.geojson", "--out", "out");

        Assert.Equal(2, exitCode);
        Assert.Contains($"flight folder '{missing}' does not exist", _error.ToString());
    }

    [Fact]
    public async Task AnalyzeOfAMissingAssetsFileSaysWhichFile()
    {
        Directory.CreateDirectory(_dataFolder);

        var exitCode = await Run("analyze", _dataFolder, "--assets", Path.Combine(_dataFolder, "none.geojson"), "--out", "out");

        Assert.Equal(2, exitCode);
        Assert.Contains("--assets: file", _error.ToString());
        Assert.Contains("none.geojson' does not exist", _error.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
