using System.Buffers.Binary;
using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Quality;
using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Dji;
using DroneInspect.Ingestion.Thermal.Jpeg;

namespace DroneInspect.Ingestion.Tests.Thermal;

public class DjiRawLayoutTests
{
    [Fact]
    public void XtSLayoutWithRawInElevenApp4SegmentsDecodesTo640x512RelativeMap()
    {
        using var temp = new TempFolder();
        var bytes = TestDjiRJpeg.XtS();
        var segments = JpegSegmentReader.Read(bytes);
        Assert.Equal(11, segments.Count(s => s.Marker == JpegSegment.App4)); // the layout as built
        Assert.Equal(32 * 1024, Assert.Single(segments, s => s.Marker == JpegSegment.App3).PayloadLength);

        var image = ThermalDecoder.Decode(temp.Write("XTS_0001_R.JPG", bytes));

        Assert.Equal(DjiRJpegDecoder.Format, image.Format);
        Assert.False(image.Map.IsAbsolute);
        Assert.Equal((640, 512), (image.Map.Width, image.Map.Height));
        AssertCounts(image.Map);
    }

    [Fact]
    public void XtSLayoutIsFoundInApp4()
    {
        var bytes = TestDjiRJpeg.XtS();

        var block = DjiRawLayout.Locate(JpegSegmentReader.Read(bytes), bytes);

        Assert.Equal(new DjiRawBlock(JpegSegment.App4, 1, 11, 640, 512), block); // segment 0 is the 32 KB APP3
    }

    [Theory]
    [InlineData(384, 288, 0xE3, 50001)] // odd segment sizes: samples straddle segment borders
    [InlineData(336, 256, 0xE4, 65532)]
    [InlineData(1280, 1024, 0xE3, 65532)]
    public void AnyStatedSizeDecodesFromItsSegments(int width, int height, byte marker, int chunk)
    {
        using var temp = new TempFolder();
        var path = temp.Write("DJI_0002_R.JPG", TestDjiRJpeg.Create(width, height, TestDjiRJpeg.Split(marker, TestDjiRJpeg.Raw(width, height), chunk)));

        var image = ThermalDecoder.Decode(path);

        Assert.Equal((width, height), (image.Map.Width, image.Map.Height));
        AssertCounts(image.Map);
    }

    [Fact]
    public void DisplayFrameTwiceTheRawSizeFindsTheRawSize()
    {
        using var temp = new TempFolder();
        var path = temp.Write("M30T_R.JPG", TestDjiRJpeg.Create(1280, 1024, TestDjiRJpeg.Split(0xE3, TestDjiRJpeg.Raw(640, 512), 65532)));

        var image = ThermalDecoder.Decode(path);

        Assert.Equal((640, 512), (image.Map.Width, image.Map.Height));
        AssertCounts(image.Map);
    }

    [Fact]
    public void ParameterBlockInApp4IsNeverTakenForRawData()
    {
        // A 40x32 frame would take 2,560 bytes of counts: exactly the size of the H20T's APP4 parameter block.
        using var temp = new TempFolder();
        var parameters = new byte[2560];
        BinaryPrimitives.WriteUInt32BigEndian(parameters, 0xAA551206);
        var path = temp.Write("DJI_0003_R.JPG", TestDjiRJpeg.Create(40, 32, [(JpegSegment.App4, parameters)]));

        var error = Assert.Throws<ThermalFormatException>(() => ThermalDecoder.Decode(path));

        Assert.True(error.NotRadiometric);
    }

    [Fact]
    public void RawBlockMissingASegmentIsDamagedNotPaletteOnly()
    {
        using var temp = new TempFolder();
        var segments = TestDjiRJpeg.Split(JpegSegment.App4, TestDjiRJpeg.Raw(640, 512), 65532).Take(10);
        var path = temp.Write("DJI_0004_R.JPG", TestDjiRJpeg.Create(640, 512, [(JpegSegment.App3, new byte[32 * 1024]), .. segments]));

        var error = Assert.Throws<ThermalFormatException>(() => ThermalDecoder.Decode(path));

        Assert.False(error.NotRadiometric);
        Assert.Contains("640x512 frame", error.Message);
    }

    [Fact]
    public void ProbeAndInspectionSeeTheXtSMapWithoutDecodingIt()
    {
        using var temp = new TempFolder();
        var bytes = TestDjiRJpeg.XtS();
        var path = temp.Write("XTS_0001_R.JPG", bytes);

        var header = ThermalProbe.Probe(path, bytes, "XT S");
        var inspection = CaptureInspector.Inspect(path, []);

        Assert.Equal((640, 512, false), (header.Width, header.Height, header.IsAbsolute));
        Assert.Equal(CaptureKind.Thermal, inspection.Kind);
        Assert.Equal(new ThermalSummary(DjiRJpegDecoder.Format, 640, 512, false, header.Note), inspection.Thermal);
        Assert.DoesNotContain(inspection.Verdict.Reasons, r => r.Code is QualityCodes.NotRadiometric or QualityCodes.Unreadable);
    }

    private static void AssertCounts(TemperatureMap map)
    {
        for (var y = 0; y < map.Height; y++)
        {
            for (var x = 0; x < map.Width; x++)
            {
                if (map[x, y] != TestDjiRJpeg.Count(x, y))
                {
                    Assert.Fail($"pixel ({x}, {y}) is {map[x, y]}, written {TestDjiRJpeg.Count(x, y)}");
                }
            }
        }
    }
}
