using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DroneInspect.Cli.Tests.Support;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Cli.Tests.Commands;

public sealed class MetadataCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [SharedDataFact]
    public async Task FlirFilesGiveTheGpsOfTheirDumps()
    {
        string[] files = ["flir/FLIR.jpg", "flir/frame_000000.fff"];

        var run = await CliRun.Of(["metadata", .. files.Select(SharedData.File), "--json"]);

        Assert.Equal(0, run.ExitCode);
        var items = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(files.Length, items.Count);
        for (var i = 0; i < files.Length; i++)
        {
            var dump = ExifToolDump.For(SharedData.File(files[i]));
            var gps = items[i].GetProperty("gps");
            Assert.Equal(dump.Degrees("GPS Latitude"), gps.GetProperty("latitudeDegrees").GetDouble(), 5e-5);
            Assert.Equal(dump.Degrees("GPS Longitude"), gps.GetProperty("longitudeDegrees").GetDouble(), 5e-5);
            var time = DateTimeOffset.ParseExact(dump["Date/Time Original"]!, "yyyy:MM:dd HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
            Assert.Equal(time, DateTimeOffset.Parse(items[i].GetProperty("captureTime").GetString()!, CultureInfo.InvariantCulture));
            Assert.Equal("no-pose", items[i].GetProperty("quality").GetProperty("reasons")[0].GetProperty("code").GetString());
        }
    }

    [SharedDataFact]
    public async Task DjiThermalFileGivesTheGpsAndGimbalPoseOfItsDump()
    {
        var path = SharedData.File("dji_thermal/M3T/DJI_0001_R.JPG");
        var dump = ExifToolDump.For(path);

        var run = await CliRun.Of("metadata", path, "--json");

        var item = JsonDocument.Parse(run.Out).RootElement[0];
        Assert.Equal(dump.Degrees("GPS Latitude"), item.GetProperty("gps").GetProperty("latitudeDegrees").GetDouble(), 1e-5);
        Assert.Equal(dump.Degrees("GPS Longitude"), item.GetProperty("gps").GetProperty("longitudeDegrees").GetDouble(), 1e-5);
        Assert.Equal(dump.Number("Gimbal Yaw Degree"), item.GetProperty("pose").GetProperty("gimbalYawDegrees").GetDouble());
        Assert.Equal(dump.Number("Gimbal Pitch Degree"), item.GetProperty("pose").GetProperty("gimbalPitchDegrees").GetDouble());
        Assert.Equal(dump.Number("Focal Length In 35mm Format"), item.GetProperty("focalLength35mmEquivalent").GetDouble());
        Assert.Equal(640, item.GetProperty("intrinsics").GetProperty("width").GetInt32());
        Assert.Equal("accepted", item.GetProperty("quality").GetProperty("verdict").GetString());
    }

    [ExifToolTheory]
    [InlineData("rgb_dji/DJI_0018.JPG")]
    [InlineData("rgb_dji/DJI_0019.JPG")]
    [InlineData("rgb_dji/DJI_0020.JPG")]
    [InlineData("rgb_dji/DJI_0021.JPG")]
    public async Task DjiRgbFileGivesTheGpsAndPoseExifToolReads(string file)
    {
        var path = SharedData.File(file);
        var expected = ExifToolJson(path);

        var run = await CliRun.Of("metadata", path, "--json");

        var item = JsonDocument.Parse(run.Out).RootElement[0];
        Assert.Equal(Number(expected, "GPSLatitude"), item.GetProperty("gps").GetProperty("latitudeDegrees").GetDouble(), 1e-9);
        Assert.Equal(Number(expected, "GPSLongitude"), item.GetProperty("gps").GetProperty("longitudeDegrees").GetDouble(), 1e-9);
        Assert.Equal(Number(expected, "GPSAltitude"), item.GetProperty("gps").GetProperty("altitudeMeters").GetDouble(), 1e-3);
        Assert.Equal(Number(expected, "GimbalYawDegree"), item.GetProperty("pose").GetProperty("gimbalYawDegrees").GetDouble());
        Assert.Equal(Number(expected, "GimbalPitchDegree"), item.GetProperty("pose").GetProperty("gimbalPitchDegrees").GetDouble());
        Assert.Equal(Number(expected, "FlightYawDegree"), item.GetProperty("pose").GetProperty("flightYawDegrees").GetDouble());
        Assert.Equal(Number(expected, "RelativeAltitude"), item.GetProperty("pose").GetProperty("relativeAltitudeMeters").GetDouble());
    }

    [SharedDataFact]
    public async Task CorruptFileYieldsAnErrorObjectAndTheOthersStillPrint()
    {
        var good = SharedData.File("rgb_dji/DJI_0018.JPG");
        var corrupt = _temp.Write("DJI_0019.JPG", File.ReadAllBytes(SharedData.File("rgb_dji/DJI_0019.JPG"))[..20]);
        var text = _temp.Write("DJI_0022.JPG", "not a picture"u8.ToArray());
        var copy = _temp.Write("copy_of_0018.JPG", File.ReadAllBytes(good));

        var run = await CliRun.Of("metadata", good, corrupt, text, copy, SharedData.File("rgb_dji/DJI_0021.JPG"), "--json", "--hash");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2 of 5 files could not be read", run.Error);
        var items = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        Assert.True(items[1].TryGetProperty("error", out _));
        Assert.True(items[2].TryGetProperty("error", out _));
        Assert.Equal("unreadable", items[2].GetProperty("quality").GetProperty("reasons")[0].GetProperty("code").GetString());
        Assert.Equal("rejected", items[3].GetProperty("quality").GetProperty("verdict").GetString());
        Assert.Equal("duplicate", items[3].GetProperty("quality").GetProperty("reasons")[0].GetProperty("code").GetString());
        foreach (var i in new[] { 0, 4 })
        {
            Assert.False(items[i].TryGetProperty("error", out _));
            Assert.Equal(JsonValueKind.Object, items[i].GetProperty("gps").ValueKind);
            Assert.Equal("accepted", items[i].GetProperty("quality").GetProperty("verdict").GetString());
        }
    }

    [Fact]
    public async Task DjiCaptureFilesArePairedByName()
    {
        var rgb = _temp.Write("DJI_20240501103000_0007_W.JPG", "x"u8.ToArray());
        var thermal = _temp.Write("DJI_20240501103000_0007_T.JPG", "y"u8.ToArray());
        var other = _temp.Write("DJI_20240501103005_0008_W.JPG", "z"u8.ToArray());

        var run = await CliRun.Of("metadata", rgb, thermal, other, "--json");

        var items = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal("DJI_20240501103000_0007", items[0].GetProperty("pairing").GetProperty("captureId").GetString());
        Assert.Equal([thermal], items[0].GetProperty("pairing").GetProperty("partners").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([rgb], items[1].GetProperty("pairing").GetProperty("partners").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(items[2].GetProperty("pairing").GetProperty("partners").EnumerateArray());
    }

    [SharedDataFact]
    public async Task FolderStandsForItsFilesInOrderWithDuplicatesAfterTheirOriginal()
    {
        var folder = Path.Combine(_temp.Path, "flight");
        var sources = new[] { "rgb_dji/DJI_0018.JPG", "flir/FLIR.jpg", "dji_thermal/M3T/DJI_0001_R.JPG", "tiff/duo_pro_r_radiometric.tiff", "flir/frame_000000.fff" };
        var names = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var source in sources)
            {
                var name = $"r{round}_{Path.GetFileName(source)}";
                _temp.Write(Path.Combine("flight", name), File.ReadAllBytes(SharedData.File(source)));
                names.Add(name);
            }
        }

        _temp.Write(Path.Combine("flight", "sub", "DJI_0019.JPG"), File.ReadAllBytes(SharedData.File("rgb_dji/DJI_0019.JPG")));

        var run = await CliRun.Of("metadata", folder, "--json", "--hash");

        Assert.Equal(0, run.ExitCode);
        var items = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), items.Select(i => Path.GetFileName(i.GetProperty("file").GetString()!))); // subfolder not entered
        Assert.All(items, i => Assert.Equal(64, i.GetProperty("sha256").GetString()!.Length));
        foreach (var item in items)
        {
            var first = Path.GetFileName(item.GetProperty("file").GetString()!).StartsWith("r0_", StringComparison.Ordinal);
            var codes = item.GetProperty("quality").GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
            Assert.Equal(!first, codes.Contains("duplicate"));
        }

        var thermal = items.Where(i => i.TryGetProperty("thermal", out _)).Select(i => i.GetProperty("thermal")).ToList();
        Assert.Equal(12, thermal.Count); // FLIR JPEG, DJI, TIFF and FFF in each round
        Assert.All(thermal, t => Assert.True(t.GetProperty("width").GetInt32() > 0));
    }

    [SharedDataFact]
    public async Task WithoutHashFilesAreReadToTheirImageDataAndNotJudgedDuplicates()
    {
        var bytes = File.ReadAllBytes(SharedData.File("rgb_dji/DJI_0018.JPG"));
        var first = _temp.Write("a.JPG", bytes);
        var second = _temp.Write("b.JPG", bytes);

        var run = await CliRun.Of("metadata", first, second, "--json");

        Assert.Equal(0, run.ExitCode);
        var items = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.All(items, i => Assert.Equal(JsonValueKind.Null, i.GetProperty("sha256").ValueKind));
        Assert.All(items, i => Assert.Equal("accepted", i.GetProperty("quality").GetProperty("verdict").GetString()));
        Assert.Equal(items[0].GetProperty("gps").GetRawText(), items[1].GetProperty("gps").GetRawText());
    }

    [SharedDataFact]
    public async Task ProbedThermalSizesEqualTheDecodedOnes()
    {
        string[] files = ["flir/FLIR_T640.jpg", "flir/frame_000000.fff", "dji_thermal/M30T/DJI_0001_R.JPG", "tiff/duo_pro_r_radiometric.tiff"];
        var paths = files.Select(SharedData.File).ToArray();

        var probed = JsonDocument.Parse((await CliRun.Of(["metadata", .. paths, "--json"])).Out).RootElement;
        var decoded = JsonDocument.Parse((await CliRun.Of(["metadata", .. paths, "--json", "--decode-thermal"])).Out).RootElement;

        for (var i = 0; i < files.Length; i++)
        {
            Assert.Equal(decoded[i].GetProperty("thermal").GetRawText(), probed[i].GetProperty("thermal").GetRawText());
            Assert.Equal(decoded[i].GetProperty("quality").GetRawText(), probed[i].GetProperty("quality").GetRawText());
        }
    }

    [SharedDataFact]
    public async Task TextSummaryShowsVerdictAndPose()
    {
        var run = await CliRun.Of("metadata", SharedData.File("rgb_dji/DJI_0018.JPG"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("quality: accepted", run.Out);
        Assert.Contains("gimbal yaw/pitch/roll", run.Out);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>ExifTool -n prints XMP values such as "+45.00" as strings and EXIF values as numbers.</summary>
    private static double Number(JsonElement e, string name)
    {
        var v = e.GetProperty(name);
        return v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.Parse(v.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static JsonElement ExifToolJson(string path)
    {
        var start = new ProcessStartInfo(ExifToolRaw.ExifToolPath) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-n", "-json", "-GPSLatitude", "-GPSLongitude", "-GPSAltitude", "-GimbalYawDegree", "-GimbalPitchDegree", "-FlightYawDegree", "-RelativeAltitude", path })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return JsonDocument.Parse(output).RootElement[0].Clone();
    }
}
