using DroneInspect.Cli.Commands;
using DroneInspect.Cli.Parsing;
using DroneInspect.Cli.Tests.Support;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Cli.Tests.Commands;

/// <summary>`analyze` refuses bad overrides before any flight starts: exit 2 and a message naming the value.</summary>
public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _flight;
    private readonly string _assets;

    public AnalyzeCommandTests()
    {
        _flight = Directory.CreateDirectory(Path.Combine(_temp.Path, "flight")).FullName;
        _assets = _temp.Write("assets.geojson", """{"type":"FeatureCollection","features":[]}"""u8.ToArray());
    }

    public static TheoryData<string, string, string> BadOptions => new()
    {
        { "--emissivity", "0", "--emissivity must be greater than 0 and at most 1" },
        { "--emissivity", "1.2", "--emissivity must be greater than 0 and at most 1" },
        { "--distance", "-1", "--distance must be 0 m or more" },
        { "--humidity", "65", "--humidity is a fraction 0..1, got 65" },
        { "--ambient", "-300", "--ambient must be a temperature above absolute zero" },
        { "--reflected", "warm", "--reflected expects a number" },
    };

    [Fact]
    public async Task UnknownCustomersEncodingIsAUsageErrorNamingTheKnownOnes()
    {
        var run = await Analyze("--customers-encoding", "ebcdic");

        Assert.Equal(CommandLineApp.UsageExitCode, run.ExitCode);
        Assert.Contains("--customers-encoding: unknown encoding 'ebcdic'; use one of utf-8, latin1, windows-1252, gb18030, gbk", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "out")), "nothing is written for a refused command");
    }

    [Theory]
    [MemberData(nameof(BadOptions))]
    public async Task OutOfRangeOverrideOptionIsAUsageError(string option, string value, string message)
    {
        var run = await Analyze(option, value);

        Assert.Equal(CommandLineApp.UsageExitCode, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "out")), "nothing is written for a refused command");
    }

    [Theory]
    [InlineData("""{"files": {"a_T.JPG": {"emissivity": 1.5}}}""", "--overrides files[\"a_T.JPG\"].emissivity must be greater than 0")]
    [InlineData("""{"files": {"a_T.JPG": {"humidity": 70}}}""", "--overrides files[\"a_T.JPG\"].humidity is a fraction 0..1, got 70")]
    [InlineData("""{"files": {"a_T.JPG": {"emisivity": 0.8}}}""", "unknown override \"emisivity\"")]
    [InlineData("""{"files": {"a_T.JPG": {"emissivity": "0.8"}}}""", "emissivity must be a number")]
    [InlineData("""{"file": {}}""", "unexpected \"file\"")]
    [InlineData("""{"files": """, "is not valid JSON")]
    public async Task BadOverridesFileIsAUsageError(string json, string message)
    {
        var file = _temp.Write("overrides.json", System.Text.Encoding.UTF8.GetBytes(json));

        var run = await Analyze("--overrides", file);

        Assert.Equal(CommandLineApp.UsageExitCode, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingOverridesFileIsAUsageError()
    {
        var run = await Analyze("--overrides", Path.Combine(_temp.Path, "none.json"));

        Assert.Equal(CommandLineApp.UsageExitCode, run.ExitCode);
        Assert.Contains("--overrides: file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void OverridesFileGivesPerFileAndFlightOverrides()
    {
        var file = _temp.Write("overrides.json", """
            {"flight": {"humidity": 0.6, "ambient": 12.5},
             "files": {"DJI_0001_T.JPG": {"emissivity": 0.8, "distance": 4}, "sub\\DJI_0002_T.JPG": {"reflected": -5}}}
            """u8.ToArray());

        var (flight, files) = OverridesFile.Read(file);

        Assert.Equal(new ThermalOverrides(AtmosphericTemperatureCelsius: 12.5, RelativeHumidity: 0.6), flight);
        Assert.Equal(new ThermalOverrides(Emissivity: 0.8, ObjectDistanceMeters: 4), files["DJI_0001_T.JPG"]);
        Assert.Equal(new ThermalOverrides(ReflectedTemperatureCelsius: -5), files["sub/DJI_0002_T.JPG"]);
    }

    [Fact]
    public void OverrideRangesNameTheValueAsTheUserWroteIt()
    {
        var error = Assert.Throws<UsageException>(() => OverrideRanges.Check(0.9, -2, null, null, null, name => $"x.{name}"));

        Assert.StartsWith("x.distance must be 0 m or more, got -2", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private Task<CliRun> Analyze(params string[] extra) =>
        CliRun.Of(["analyze", _flight, "--assets", _assets, "--out", Path.Combine(_temp.Path, "out"), "--data", Path.Combine(_temp.Path, "data"), .. extra]);
}
