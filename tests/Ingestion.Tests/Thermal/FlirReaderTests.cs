using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Ingestion.Thermal.Flir;

namespace DroneInspect.Ingestion.Tests.Thermal;

public class FlirReaderTests
{
    public static TheoryData<string> FlirFilesWithDumps =>
    [
        "flir/FLIR.jpg", "flir/FLIR_AX8.jpg", "flir/FLIR_E40.jpg", "flir/FLIR_T640.jpg", "flir/frame_000000.fff", "flir/FLIR_i7_exiftool_test.jpg",
    ];

    [SharedDataTheory]
    [MemberData(nameof(FlirFilesWithDumps))]
    public void CalibrationAndRawSizeEqualThePublishedDump(string file)
    {
        var path = SharedData.File(file);
        var dump = ExifToolDump.For(path);

        var record = FlirReader.Read(path, decodePixels: false);

        var planck = record.CameraInfo.Planck;
        Assert.Equal(dump.Number("Planck R1"), planck.R1, dump.SignificantTolerance("Planck R1"));
        Assert.Equal(dump.Number("Planck B"), planck.B, dump.SignificantTolerance("Planck B"));
        Assert.Equal(dump.Number("Planck F"), planck.F, dump.SignificantTolerance("Planck F"));
        Assert.Equal(dump.Number("Planck O"), planck.O);
        Assert.Equal(dump.Number("Planck R2"), planck.R2, dump.SignificantTolerance("Planck R2"));
        var p = record.CameraInfo.Parameters;
        Assert.Equal(dump.Number("Emissivity"), p.Emissivity, dump.PrintedTolerance("Emissivity"));
        Assert.Equal(dump.Number("Object Distance"), p.ObjectDistanceMeters, dump.PrintedTolerance("Object Distance"));
        Assert.Equal(dump.Number("Reflected Apparent Temperature"), p.ReflectedTemperatureCelsius, dump.PrintedTolerance("Reflected Apparent Temperature"));
        Assert.Equal(dump.Number("Atmospheric Temperature"), p.AtmosphericTemperatureCelsius, dump.PrintedTolerance("Atmospheric Temperature"));
        Assert.Equal(dump.Number("Relative Humidity") / 100, p.RelativeHumidity, dump.PrintedTolerance("Relative Humidity") / 100);
        Assert.Equal(dump.Number("Atmospheric Trans Alpha 1"), record.CameraInfo.Atmosphere.Alpha1, dump.PrintedTolerance("Atmospheric Trans Alpha 1"));
        Assert.Equal(dump.Number("Atmospheric Trans X"), record.CameraInfo.Atmosphere.X, dump.PrintedTolerance("Atmospheric Trans X"));
        Assert.Equal((int)dump.Number("Raw Thermal Image Width"), record.RawImage.Width);
        Assert.Equal((int)dump.Number("Raw Thermal Image Height"), record.RawImage.Height);
        Assert.Equal(dump["Raw Thermal Image Type"] == "PNG", record.RawImage.Encoding == "PNG");
        if (dump["Camera Model"] is { } model && model != "*")
        {
            Assert.Equal(model, record.CameraInfo.CameraModel);
        }
    }

    [SharedDataTheory]
    [InlineData("flir/FLIR.jpg")]
    [InlineData("flir/frame_000000.fff")]
    public void CaptureTimeAndGpsEqualThePublishedDump(string file)
    {
        var path = SharedData.File(file);
        var dump = ExifToolDump.For(path);

        var record = FlirReader.Read(path, decodePixels: false);

        var expectedTime = DateTimeOffset.ParseExact(dump["Date/Time Original"]!, "yyyy:MM:dd HH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expectedTime, record.CameraInfo.CaptureTime);
        Assert.Equal(expectedTime.Offset, record.CameraInfo.CaptureTime!.Value.Offset);
        Assert.NotNull(record.Gps);
        // 5e-5 degrees is about 4 m: the dump's printed seconds differ from the stored double by up to 0.06".
        Assert.Equal(dump.Degrees("GPS Latitude"), record.Gps.LatitudeDegrees, 5e-5);
        Assert.Equal(dump.Degrees("GPS Longitude"), record.Gps.LongitudeDegrees, 5e-5);
    }

    [SharedDataFact]
    public void ByteOrderIsDetectedFromTheHeaderVersion()
    {
        var bigEndian = FlirReader.Read(SharedData.File("flir/frame_000000.fff"));
        var littleEndian = FlirReader.Read(SharedData.File("flir/frame_000000_le.fff"));

        Assert.True(bigEndian.Directory.BigEndian);
        Assert.False(littleEndian.Directory.BigEndian);
        Assert.Equal((320, 240), (littleEndian.RawImage.Width, littleEndian.RawImage.Height));
        Assert.InRange(littleEndian.CameraInfo.Planck.B, 1000, 2000);
        Assert.InRange(littleEndian.CameraInfo.Parameters.Emissivity, 0.01, 1);
        Assert.Equal(320 * 240, littleEndian.RawImage.Counts!.Length);
    }

    [SharedDataFact]
    public void BareFffRawSamplesAre640x512()
    {
        var record = FlirReader.Read(SharedData.File("flir/frame_000000.fff"));

        Assert.Equal("RAW", record.RawImage.Encoding);
        Assert.Equal(640 * 512, record.RawImage.Counts!.Length);
        Assert.Contains(record.RawImage.Counts, c => c != record.RawImage.Counts[0]);
    }

    [SharedDataTheory]
    [MemberData(nameof(RadiometricFiles))]
    public void RawCountsAreSpatiallySmooth(string file)
    {
        // An independent check of sample byte order: swapped samples turn low-byte sensor noise into jumps of
        // hundreds of counts between neighbours, while a real thermal scene changes by a few counts.
        var raw = FlirReader.Read(SharedData.File(file)).RawImage;
        var steps = new List<int>();
        for (var y = 0; y < raw.Height; y++)
        {
            for (var x = 1; x < raw.Width; x++)
            {
                steps.Add(Math.Abs(raw.Counts![(y * raw.Width) + x] - raw.Counts[(y * raw.Width) + x - 1]));
            }
        }

        steps.Sort();
        Assert.InRange(steps[steps.Count / 2], 0, 64);
    }

    public static TheoryData<string> RadiometricFiles =>
        ["flir/FLIR.jpg", "flir/FLIR_AX8.jpg", "flir/FLIR_E40.jpg", "flir/FLIR_T640.jpg", "flir/frame_000000.fff"];
}
