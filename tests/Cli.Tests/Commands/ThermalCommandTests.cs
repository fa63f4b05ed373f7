using System.Text.Json;
using DroneInspect.Cli.Tests.Support;
using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Ingestion.Thermal.Dji;
using DroneInspect.Ingestion.Thermal.Flir;

namespace DroneInspect.Cli.Tests.Commands;

public sealed class ThermalCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public static TheoryData<string> FlirSamples =>
        ["flir/FLIR.jpg", "flir/FLIR_AX8.jpg", "flir/FLIR_E40.jpg", "flir/FLIR_T640.jpg", "flir/frame_000000.fff"];

    [SharedDataTheory]
    [MemberData(nameof(FlirSamples))]
    public async Task JsonStatesTheSizePlanckAndConditionsOfTheExifToolDump(string file)
    {
        var path = SharedData.File(file);
        var dump = ExifToolDump.For(path);

        var run = await CliRun.Of("thermal", path, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(dump.Number("Raw Thermal Image Width"), root.GetProperty("width").GetInt32());
        Assert.Equal(dump.Number("Raw Thermal Image Height"), root.GetProperty("height").GetInt32());
        Assert.True(root.GetProperty("absolute").GetBoolean());
        Assert.Equal("celsius", root.GetProperty("unit").GetString());
        var planck = root.GetProperty("planck");
        foreach (var (key, tag) in new[] { ("r1", "Planck R1"), ("b", "Planck B"), ("f", "Planck F"), ("o", "Planck O"), ("r2", "Planck R2") })
        {
            Assert.Equal(dump.Number(tag), planck.GetProperty(key).GetDouble(), dump.SignificantTolerance(tag));
        }

        var p = root.GetProperty("parameters");
        Assert.Equal(dump.Number("Emissivity"), p.GetProperty("emissivity").GetDouble(), dump.PrintedTolerance("Emissivity"));
        Assert.Equal(dump.Number("Object Distance"), p.GetProperty("objectDistanceMeters").GetDouble(), dump.PrintedTolerance("Object Distance"));
        Assert.Equal(dump.Number("Relative Humidity") / 100, p.GetProperty("relativeHumidity").GetDouble(), dump.PrintedTolerance("Relative Humidity") / 100);
        Assert.Equal(dump.Number("Reflected Apparent Temperature"), p.GetProperty("reflectedTemperatureCelsius").GetDouble(), dump.PrintedTolerance("Reflected Apparent Temperature"));
        Assert.Equal(dump.Number("Atmospheric Temperature"), p.GetProperty("atmosphericTemperatureCelsius").GetDouble(), dump.PrintedTolerance("Atmospheric Temperature"));
    }

    [ExifToolTheory]
    [MemberData(nameof(FlirSamples))]
    public async Task RawOutputEqualsRaw2TempOfExifToolsCountsOnEveryPixel(string file)
    {
        var path = SharedData.File(file);
        var rawOut = Path.Combine(_temp.Path, "map.f32");

        var run = await CliRun.Of("thermal", path, "--json", "--raw-out", rawOut);

        Assert.Equal(0, run.ExitCode);
        var (width, height, counts) = ExifToolRaw.Read(path);
        var map = ReadFloats(rawOut);
        Assert.Equal(width * height, map.Length);
        var formula = new Raw2Temp(ExifToolDump.For(path));
        var worst = Enumerable.Range(0, map.Length).Max(i => Math.Abs(map[i] - formula.Celsius(counts[i])));
        Assert.True(worst <= 0.01, $"largest difference {worst:0.0000} °C");
        var stats = JsonDocument.Parse(run.Out).RootElement.GetProperty("values");
        Assert.Equal("celsius", stats.GetProperty("unit").GetString());
        Assert.Equal(counts.Min(c => formula.Celsius(c)), stats.GetProperty("min").GetDouble(), 0.01);
        Assert.Equal(counts.Max(c => formula.Celsius(c)), stats.GetProperty("max").GetDouble(), 0.01);
        Assert.Equal(counts.Average(c => formula.Celsius(c)), stats.GetProperty("mean").GetDouble(), 0.01);
    }

    [SharedDataFact]
    public async Task EmissivityOverrideRecomputesTheMapAsTheFormulaSays()
    {
        var path = SharedData.File("flir/FLIR_T640.jpg");
        var dump = ExifToolDump.For(path);
        var counts = FlirReader.Read(path).RawImage.Counts!;

        foreach (var emissivity in new[] { 0.5, 0.95 })
        {
            var rawOut = Path.Combine(_temp.Path, $"e{emissivity}.f32");
            var run = await CliRun.Of("thermal", path, "--emissivity", emissivity.ToString(System.Globalization.CultureInfo.InvariantCulture), "--raw-out", rawOut, "--json");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(emissivity, JsonDocument.Parse(run.Out).RootElement.GetProperty("parameters").GetProperty("emissivity").GetDouble());
            var map = ReadFloats(rawOut);
            var formula = new Raw2Temp(dump, emissivity);
            var worst = Enumerable.Range(0, map.Length).Max(i => Math.Abs(map[i] - formula.Celsius(counts[i])));
            Assert.True(worst <= 0.01, $"emissivity {emissivity}: largest difference {worst:0.0000} °C");
        }
    }

    [WithoutDjiSdkTheory]
    [InlineData("dji_thermal/M30T/DJI_0001_R.JPG")]
    [InlineData("dji_thermal/M3T/DJI_0001_R.JPG")]
    [InlineData("dji_thermal/H20T/DJI_0001_R.JPG")]
    public async Task DjiWithoutTheSdkIsRelativeCountsWithANote(string file)
    {
        var run = await CliRun.Of("thermal", SharedData.File(file), "--json", "--emissivity", "0.9");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal((640, 512), (root.GetProperty("width").GetInt32(), root.GetProperty("height").GetInt32()));
        Assert.False(root.GetProperty("absolute").GetBoolean());
        Assert.Equal("counts", root.GetProperty("unit").GetString());
        Assert.Equal(DjiThermalSdk.NotConfiguredReason, root.GetProperty("note").GetString());
        Assert.Equal(["emissivity"], root.GetProperty("overridesIgnored").EnumerateArray().Select(e => e.GetString()));
        var values = root.GetProperty("values");
        Assert.Equal("counts", values.GetProperty("unit").GetString());
        Assert.True(values.GetProperty("max").GetDouble() > 1000); // counts, not Celsius
        Assert.DoesNotContain(PropertyNames(root), n => n.Contains("celsius", StringComparison.OrdinalIgnoreCase));
    }

    [WithoutDjiSdkFact]
    public async Task XtSLayoutDecodesThroughTheCommandAsCounts()
    {
        var path = _temp.Write("XTS_0001_R.JPG", TestDjiRJpeg.XtS());

        var run = await CliRun.Of("thermal", path, "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal((640, 512), (root.GetProperty("width").GetInt32(), root.GetProperty("height").GetInt32()));
        var values = root.GetProperty("values");
        Assert.Equal("counts", values.GetProperty("unit").GetString());
        Assert.Equal(TestDjiRJpeg.Count(0, 0), values.GetProperty("min").GetDouble()); // 1000: the smallest count written
        Assert.DoesNotContain(PropertyNames(root), n => n.Contains("celsius", StringComparison.OrdinalIgnoreCase));
    }

    [SharedDataTheory]
    [InlineData("tiff/duo_pro_r_radiometric.tiff")]
    [InlineData("flir/FLIR_T640.jpg")]
    [InlineData("dji_thermal/M3T/DJI_0001_R.JPG")]
    public async Task CameraMakeAndModelAreTheOnesMetadataReports(string file)
    {
        var path = SharedData.File(file);

        var thermal = JsonDocument.Parse((await CliRun.Of("thermal", path, "--json")).Out).RootElement.GetProperty("camera");
        var metadata = JsonDocument.Parse((await CliRun.Of("metadata", path, "--json")).Out).RootElement[0];

        Assert.Equal(metadata.GetProperty("make").GetString(), thermal.GetProperty("make").GetString());
        Assert.Equal(metadata.GetProperty("model").GetString(), thermal.GetProperty("model").GetString());
        Assert.NotNull(thermal.GetProperty("model").GetString()); // every one of these files states its model somewhere
    }

    [SharedDataFact]
    public async Task H20TJsonCarriesTheDocumentedMeasurementSettingsOfItsDump()
    {
        var path = SharedData.File("dji_thermal/H20T/DJI_0001_R.JPG");
        var dump = ExifToolDump.For(path);

        var run = await CliRun.Of("thermal", path, "--json");

        var dji = JsonDocument.Parse(run.Out).RootElement.GetProperty("djiParameters");
        Assert.Equal(dump.Number("Object Distance"), dji.GetProperty("objectDistanceMeters").GetDouble());
        Assert.Equal(dump.Number("Relative Humidity") / 100, dji.GetProperty("relativeHumidity").GetDouble(), 1e-12);
        Assert.Equal(dump.Number("Emissivity") / 100, dji.GetProperty("emissivity").GetDouble(), 1e-12);
        Assert.Equal(dump.Number("Reflection"), dji.GetProperty("reflectionAsStored").GetDouble());
    }

    [WithoutDjiSdkTheory]
    [InlineData("dji_thermal/M3T/DJI_0001_R.JPG")]
    public async Task SummaryWithoutJsonSaysCountsAreNotCelsius(string file)
    {
        var run = await CliRun.Of("thermal", SharedData.File(file), "--distance", "5");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Counts (relative, NOT Celsius)", run.Out);
        Assert.Contains(DjiThermalSdk.NotConfiguredReason, run.Out);
        Assert.Contains("ignored: --distance", run.Out);
    }

    [SharedDataFact]
    public async Task PngOutputHasThePaletteMapAndAScaleBar()
    {
        var png = Path.Combine(_temp.Path, "map.png");

        var run = await CliRun.Of("thermal", SharedData.File("flir/FLIR_E40.jpg"), "--png-out", png);

        Assert.Equal(0, run.ExitCode);
        using var image = OpenCvSharp.Cv2.ImRead(png, OpenCvSharp.ImreadModes.Color);
        Assert.Equal((160 + Ingestion.Thermal.Rendering.ThermalPngRenderer.ScaleBandWidth, 120), (image.Width, image.Height));
        using var band = new OpenCvSharp.Mat(image, new OpenCvSharp.Rect(160, 0, image.Width - 160, image.Height));
        OpenCvSharp.Cv2.MeanStdDev(band, out _, out var spread);
        Assert.True(spread.Val0 + spread.Val1 + spread.Val2 > 20, "the scale bar band is blank");
    }

    [Theory]
    [InlineData("--emissivity", "0")]
    [InlineData("--emissivity", "1.2")]
    [InlineData("--distance", "-3")]
    [InlineData("--humidity", "-0.1")]
    [InlineData("--reflected", "-300")]
    [InlineData("--ambient", "warm")]
    public async Task OutOfRangeOverrideIsAUsageError(string option, string value)
    {
        var run = await CliRun.Of("thermal", "any.jpg", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task HumidityInPercentIsRefusedWithTheFractionSuggested()
    {
        var run = await CliRun.Of("thermal", "any.jpg", "--humidity", "65");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("divide by 100", run.Error);
        Assert.Contains("0.65", run.Error);
    }

    [Theory]
    [InlineData("empty.JPG", "", "empty")]
    [InlineData("notes.JPG", "pilot notes, not an image", "not a supported thermal image")]
    public async Task BadFileExitsOneWithTheReason(string name, string content, string reason)
    {
        var path = _temp.Write(name, System.Text.Encoding.UTF8.GetBytes(content));

        var run = await CliRun.Of("thermal", path, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(reason, run.Error);
        Assert.DoesNotContain("   at ", run.Error); // no stack trace
        Assert.Empty(run.Out);
    }

    [SharedDataFact]
    public async Task RgbJpegIsRefusedAsNotRadiometric()
    {
        var run = await CliRun.Of("thermal", SharedData.File("rgb_dji/DJI_0018.JPG"), "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("DJI_0018.JPG is not radiometric", run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task MissingFileExitsOneNamingIt()
    {
        var path = Path.Combine(_temp.Path, "gone.JPG");

        var run = await CliRun.Of("thermal", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("gone.JPG does not exist", run.Error);
    }

    public void Dispose() => _temp.Dispose();

    private static IEnumerable<string> PropertyNames(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => PropertyNames(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(PropertyNames),
        _ => [],
    };

    private static float[] ReadFloats(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var values = new float[bytes.Length / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * 4));
        }

        return values;
    }
}
