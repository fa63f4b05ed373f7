using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Dji;
using DroneInspect.Ingestion.Thermal.Jpeg;

namespace DroneInspect.Ingestion.Tests.Thermal;

public class DjiRJpegTests
{
    [SharedDataTheory]
    [InlineData("dji_thermal/M3T/DJI_0001_R.JPG")]
    [InlineData("dji_thermal/M30T/DJI_0001_R.JPG")]
    [InlineData("dji_thermal/H20T/DJI_0001_R.JPG")]
    public void RawCountsDecodeAsARelativeMap(string file)
    {
        var path = SharedData.File(file);
        var dump = ExifToolDump.For(path);

        var image = ThermalDecoder.Decode(path);

        Assert.Equal("dji-rjpeg", image.Format);
        Assert.False(image.Map.IsAbsolute);
        Assert.Equal((int)dump.Number("Thermal Data"), image.Map.Width * image.Map.Height * 2); // "(Binary data 655360 bytes"
        Assert.Equal((640, 512), (image.Map.Width, image.Map.Height));
        Assert.Equal(dump["Camera Model Name"], image.CameraModel);
        Assert.True(image.Map.Values.Max() > image.Map.Values.Min());
        var steps = Enumerable.Range(1, image.Map.Values.Length - 1).Select(i => Math.Abs(image.Map.Values[i] - image.Map.Values[i - 1])).Order().ToArray();
        Assert.InRange(steps[steps.Length / 2], 0f, 64f); // little-endian samples: neighbours differ by a few counts
    }

    [SharedDataFact]
    public void H20TMeasurementSettingsEqualTheDump()
    {
        var path = SharedData.File("dji_thermal/H20T/DJI_0001_R.JPG");
        var dump = ExifToolDump.For(path);

        var p = DjiThermalParams.Read(File.ReadAllBytes(path))!;

        Assert.Equal(dump.Number("Object Distance"), p.ObjectDistanceMeters);
        Assert.Equal(dump.Number("Relative Humidity"), p.RelativeHumidityPercent);
        Assert.Equal(dump.Number("Emissivity"), p.Emissivity);
        Assert.Equal(dump.Number("Reflection"), p.Reflection);
        Assert.Equal(dump.Number("Ambient Temperature"), p.AmbientTemperature);
        Assert.Equal(dump.Number("K1"), p.K1, 1e-4);
        Assert.Equal(dump.Number("KF"), p.KF, 1e-4);
        Assert.Equal(dump.Number("B2"), p.B2, 1e-4);
    }

    [SharedDataFact]
    public void NewerDjiCamerasHaveNoDocumentedSettings()
    {
        Assert.Null(DjiThermalParams.Read(File.ReadAllBytes(SharedData.File("dji_thermal/M3T/DJI_0001_R.JPG"))));
    }

    [SharedDataFact]
    public void PaletteOnlyJpegIsRefusedAsNotRadiometric()
    {
        using var temp = new TempFolder();
        var original = File.ReadAllBytes(SharedData.File("dji_thermal/M3T/DJI_0001_R.JPG"));
        var path = temp.Write("DJI_0001_R.JPG", WithoutApp3(original));

        var error = Assert.Throws<ThermalFormatException>(() => ThermalDecoder.Decode(path));

        Assert.Contains("is not radiometric", error.Message);
    }

    private static byte[] WithoutApp3(byte[] jpeg)
    {
        using var output = new MemoryStream();
        output.Write(jpeg, 0, 2);
        var last = 2;
        foreach (var s in JpegSegmentReader.Read(jpeg))
        {
            var start = s.PayloadOffset - 4;
            if (s.Marker == JpegSegment.App3)
            {
                output.Write(jpeg, last, start - last);
                last = s.PayloadOffset + s.PayloadLength;
            }
        }

        output.Write(jpeg, last, jpeg.Length - last);
        return output.ToArray();
    }
}
