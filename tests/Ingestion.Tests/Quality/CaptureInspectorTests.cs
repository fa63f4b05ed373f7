using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Quality;
using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Ingestion.Thermal.Jpeg;

namespace DroneInspect.Ingestion.Tests.Quality;

public class CaptureInspectorTests
{
    [SharedDataFact]
    public void DjiThermalCaptureWithGpsAndPoseIsAccepted()
    {
        var inspection = CaptureInspector.Inspect(SharedData.File("dji_thermal/M3T/DJI_0001_R.JPG"), []);

        Assert.Null(inspection.Error);
        Assert.Equal(CaptureKind.Thermal, inspection.Kind);
        Assert.Equal(("dji-rjpeg", 640, 512), (inspection.Thermal!.Format, inspection.Thermal.Width, inspection.Thermal.Height));
        Assert.True(inspection.Verdict.Accepted, string.Join("; ", inspection.Verdict.Reasons.Select(r => r.Message)));
        Assert.NotNull(inspection.Intrinsics);
    }

    [SharedDataFact]
    public void BenchCaptureWithoutGpsIsRejectedForPlacementButStillDecoded()
    {
        var inspection = CaptureInspector.Inspect(SharedData.File("dji_thermal/M30T/DJI_0001_R.JPG"), []); // its dump has no GPS

        Assert.NotNull(inspection.Thermal);
        Assert.Equal([QualityCodes.NoGps, QualityCodes.NoPose], inspection.Verdict.Reasons.Select(r => r.Code));
    }

    [SharedDataFact]
    public void PaletteOnlyDjiJpegIsRejectedAsNotRadiometric()
    {
        using var temp = new TempFolder();
        var path = temp.Write("DJI_0001_T.JPG", WithoutApp3(File.ReadAllBytes(SharedData.File("dji_thermal/M3T/DJI_0001_R.JPG"))));

        var inspection = CaptureInspector.Inspect(path, []);

        Assert.Null(inspection.Error);
        Assert.False(inspection.Verdict.Accepted);
        Assert.True(inspection.Verdict.Has(QualityCodes.NotRadiometric));
        Assert.NotNull(inspection.Metadata?.Gps); // the metadata is still reported
    }

    [SharedDataFact]
    public void SecondCopyOfAFileIsADuplicate()
    {
        using var temp = new TempFolder();
        var bytes = File.ReadAllBytes(SharedData.File("rgb_dji/DJI_0018.JPG"));
        var hashes = new HashSet<string>();

        var first = CaptureInspector.Inspect(temp.Write("a.JPG", bytes), hashes);
        var second = CaptureInspector.Inspect(temp.Write("b.JPG", bytes), hashes);

        Assert.True(first.Verdict.Accepted);
        Assert.Equal([QualityCodes.Duplicate], second.Verdict.Reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData("empty.JPG", "")]
    [InlineData("notes.JPG", "flight notes")]
    public void BadFileIsAnInspectionWithAnErrorNotAnException(string name, string content)
    {
        using var temp = new TempFolder();
        var path = temp.Write(name, System.Text.Encoding.UTF8.GetBytes(content));

        var inspection = CaptureInspector.Inspect(path, []);

        Assert.NotNull(inspection.Error);
        Assert.Contains(name, inspection.Error);
        Assert.Equal(QualityCodes.Unreadable, Assert.Single(inspection.Verdict.Reasons).Code);
    }

    [SharedDataTheory]
    [InlineData("flir/FLIR_T640.jpg")]
    [InlineData("flir/frame_000000.fff")]
    [InlineData("dji_thermal/M3T/DJI_0001_R.JPG")]
    [InlineData("rgb_dji/DJI_0018.JPG")]
    public void TruncatedCapturesAtManyOffsetsAreInspectedWithoutThrowing(string file)
    {
        using var temp = new TempFolder();
        var original = File.ReadAllBytes(SharedData.File(file));
        var hashes = new HashSet<string>();

        for (var i = 1; i < 40; i++)
        {
            var length = (int)((long)original.Length * i * i / 1600); // dense near the header, sparse later
            var path = temp.Write($"cut_{length}{Path.GetExtension(file)}", original[..Math.Max(length, 1)]);

            var inspection = CaptureInspector.Inspect(path, hashes);

            Assert.True(inspection.Error is not null || inspection.Metadata is not null);
            Assert.True(inspection.Verdict.Accepted || inspection.Verdict.Reasons.Count > 0);
        }
    }

    [Fact]
    public void RandomBytesAreUnreadable()
    {
        using var temp = new TempFolder();
        var bytes = new byte[50_000];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0xFF;
        bytes[1] = 0xD8; // claims to be a JPEG

        var inspection = CaptureInspector.Inspect(temp.Write("DJI_0001_T.JPG", bytes), []);

        Assert.False(inspection.Verdict.Accepted);
    }

    [Fact]
    public void MissingFileIsUnreadable()
    {
        var inspection = CaptureInspector.Inspect(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid() + ".JPG"), []);

        Assert.NotNull(inspection.Error);
        Assert.False(inspection.Verdict.Accepted);
    }

    private static byte[] WithoutApp3(byte[] jpeg)
    {
        using var output = new MemoryStream();
        var last = 0;
        foreach (var s in JpegSegmentReader.Read(jpeg).Where(s => s.Marker == JpegSegment.App3))
        {
            var start = s.PayloadOffset - 4;
            output.Write(jpeg, last, start - last);
            last = s.PayloadOffset + s.PayloadLength;
        }

        output.Write(jpeg, last, jpeg.Length - last);
        return output.ToArray();
    }
}
