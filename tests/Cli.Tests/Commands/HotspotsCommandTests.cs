using System.Text.Json;
using DroneInspect.Cli.Tests.Support;
using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Synthetic;
using DroneInspect.Synthetic.SideFiles;

namespace DroneInspect.Cli.Tests.Commands;

/// <summary>The sample flight (seed 42), generated once for the class; its ground truth says what each file holds.</summary>
public sealed class SampleFlight : IDisposable
{
    private readonly TempFolder _temp = new();

    public SampleFlight()
    {
        Summary = SampleFlightGenerator.Generate(_temp.Path, 42);
        Truth = GroundTruthWriter.Read(Summary.GroundTruthPath);
    }

    public SampleFlightSummary Summary { get; }

    public GroundTruth Truth { get; }

    public void Dispose() => _temp.Dispose();
}

public sealed class HotspotsCommandTests(SampleFlight flight) : IClassFixture<SampleFlight>
{
    [Fact]
    public async Task JsonGivesThePlantedClampWithReferenceDeltasGradesAndRules()
    {
        var defect = flight.Truth.Defects.Single(d => d.Id == "D-TH-03");
        var sighting = defect.Sightings[0];

        var run = await CliRun.Of("hotspots", Path.Combine(flight.Summary.FlightFolder, sighting.File), "--json", "--network-equipment");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.True(root.GetProperty("absolute").GetBoolean());
        Assert.Equal("file", root.GetProperty("ambientSource").GetString());
        var hotspot = Assert.Single(root.GetProperty("hotspots").EnumerateArray(),
            h => Math.Abs(h.GetProperty("x").GetInt32() - sighting.PixelX) <= 3 && Math.Abs(h.GetProperty("y").GetInt32() - sighting.PixelY) <= 3);
        Assert.Equal(defect.TemperatureCelsius!.Value, hotspot.GetProperty("tmax").GetDouble(), 0.5);
        Assert.Equal("similar-component", hotspot.GetProperty("referenceSource").GetString());
        Assert.Equal(defect.ReferenceTemperatureCelsius!.Value, hotspot.GetProperty("reference").GetDouble(), 1.0);
        double tmax = hotspot.GetProperty("tmax").GetDouble();
        double reference = hotspot.GetProperty("reference").GetDouble();
        Assert.Equal(tmax - reference, hotspot.GetProperty("deltaT").GetDouble(), 4);
        Assert.Equal((tmax - reference) / (tmax - root.GetProperty("ambientCelsius").GetDouble()) * 100,
            hotspot.GetProperty("relativeDifferencePercent").GetDouble(), 3);
        Assert.True(hotspot.GetProperty("areaPixels").GetInt32() > 0);
        var grades = hotspot.GetProperty("grades").EnumerateArray().ToDictionary(g => g.GetProperty("standard").GetString()!);
        Assert.Equal(defect.ExpectedGrade!.NetaSimilar, grades["NETA-MTS-100.18-similar"].GetProperty("level").GetString());
        Assert.Equal(defect.ExpectedGrade.NetaAmbient, grades["NETA-MTS-100.18-ambient"].GetProperty("level").GetString());
        Assert.Equal(defect.ExpectedGrade.Dlt664, grades["DL/T 664-2016"].GetProperty("level").GetString());
        Assert.All(grades.Values, g => Assert.False(string.IsNullOrEmpty(g.GetProperty("ruleId").GetString())));
        Assert.All(grades.Values, g => Assert.False(string.IsNullOrEmpty(g.GetProperty("citation").GetString())));
    }

    [Fact]
    public async Task AmbientOptionReplacesTheFilesAirTemperature()
    {
        var file = Path.Combine(flight.Summary.FlightFolder, flight.Truth.Defects.Single(d => d.Id == "D-TH-03").Sightings[0].File);

        var run = await CliRun.Of("hotspots", file, "--ambient", "10", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(10.0, json.RootElement.GetProperty("ambientCelsius").GetDouble());
        Assert.Equal("option", json.RootElement.GetProperty("ambientSource").GetString());
        var hottest = json.RootElement.GetProperty("hotspots").EnumerateArray().MaxBy(h => h.GetProperty("tmax").GetDouble());
        Assert.Equal(hottest.GetProperty("tmax").GetDouble() - 10.0, hottest.GetProperty("riseOverAmbientKelvin").GetDouble(), 4);
    }

    [Fact]
    public async Task TableShowsReferenceDeltasGradeAndRule()
    {
        var file = Path.Combine(flight.Summary.FlightFolder, flight.Truth.Defects.Single(d => d.Id == "D-TH-02").Sightings[0].File);

        var run = await CliRun.Of("hotspots", file, "--network-equipment");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Tmax 41.0 C", run.Out);
        Assert.Contains("(similar-component)", run.Out);
        Assert.Contains("delta_t", run.Out);
        Assert.Contains("DL/T 664-2016: general", run.Out);
        Assert.Contains("[rule dlt664-connection-general-relative:", run.Out);
    }

    [Fact]
    public async Task WithoutNetworkEquipmentTheReferenceIsNeverASimilarComponent()
    {
        var defect = flight.Truth.Defects.Single(d => d.Id == "D-TH-03");
        var file = Path.Combine(flight.Summary.FlightFolder, defect.Sightings[0].File);

        var run = await CliRun.Of("hotspots", file, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var hotspots = json.RootElement.GetProperty("hotspots").EnumerateArray().ToList();
        Assert.NotEmpty(hotspots);
        Assert.All(hotspots, h => Assert.NotEqual("similar-component", h.GetProperty("referenceSource").GetString()));
        Assert.All(hotspots, h => Assert.Equal(
            h.GetProperty("tmax").GetDouble() - h.GetProperty("reference").GetDouble(), h.GetProperty("deltaT").GetDouble(), 4));
    }

    [Fact]
    public async Task NonThermalFileIsAClearErrorWithExitOne()
    {
        var rgb = flight.Truth.Captures.First(c => c.Kind == "rgb").File;

        var run = await CliRun.Of("hotspots", Path.Combine(flight.Summary.FlightFolder, rgb));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("droneinspect hotspots: ", run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task AmbientThatIsNotANumberIsAUsageError()
    {
        var file = Path.Combine(flight.Summary.FlightFolder, flight.Truth.Captures.First(c => c.Kind == "thermal").File);

        var run = await CliRun.Of("hotspots", file, "--ambient", "warm");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--ambient", run.Error);
    }

    [WithoutDjiSdkTheory]
    [InlineData("dji_thermal/M30T/DJI_0001_R.JPG")]
    public async Task CountsMapSaysItsValuesAreCounts(string file)
    {
        var run = await CliRun.Of("hotspots", SharedData.File(file), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.False(json.RootElement.GetProperty("absolute").GetBoolean());
        Assert.Equal("counts", json.RootElement.GetProperty("unit").GetString());
        Assert.All(json.RootElement.GetProperty("hotspots").EnumerateArray(),
            h => Assert.True(h.GetProperty("relativeOnly").GetBoolean()));
        var text = await CliRun.Of("hotspots", SharedData.File(file));
        Assert.Contains("sensor counts", text.Out);
    }
}
