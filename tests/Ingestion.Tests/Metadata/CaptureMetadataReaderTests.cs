using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Ingestion.Tests.Metadata;

public class CaptureMetadataReaderTests
{
    [SharedDataFact]
    public void PhantomCaptureGivesThePublishedGps()
    {
        var m = CaptureMetadataReader.Read(SharedData.File("rgb_dji/DJI_0018.JPG"));

        Assert.Equal("DJI", m.Make);
        Assert.Equal("FC300S", m.Model);
        Assert.NotNull(m.Gps);
        Assert.Equal(46.84260708333, m.Gps.LatitudeDegrees, 1e-9);
        Assert.Equal(-91.99455988889, m.Gps.LongitudeDegrees, 1e-9);
        Assert.Equal(198.31, m.Gps.AltitudeMeters!.Value, 0.005);
        Assert.Equal((4000, 2250), (m.ImageWidth, m.ImageHeight));
    }

    [SharedDataTheory]
    [InlineData("rgb_dji/DJI_0018.JPG")]
    [InlineData("rgb_dji/DJI_0021.JPG")]
    [InlineData("dji_thermal/M3T/DJI_0001_R.JPG")]
    public void PoseEqualsTheDroneDjiXmpOfTheFile(string file)
    {
        var path = SharedData.File(file);
        var xmp = Encoding.Latin1.GetString(File.ReadAllBytes(path));

        var pose = CaptureMetadataReader.Read(path).Pose;

        Assert.NotNull(pose);
        Assert.Equal(XmpNumber(xmp, "GimbalYawDegree"), pose.GimbalYawDegrees);
        Assert.Equal(XmpNumber(xmp, "GimbalPitchDegree"), pose.GimbalPitchDegrees);
        Assert.Equal(XmpNumber(xmp, "GimbalRollDegree"), pose.GimbalRollDegrees);
        Assert.Equal(XmpNumber(xmp, "FlightYawDegree"), pose.FlightYawDegrees);
        Assert.Equal(XmpNumber(xmp, "FlightPitchDegree"), pose.FlightPitchDegrees);
        Assert.Equal(XmpNumber(xmp, "FlightRollDegree"), pose.FlightRollDegrees);
        Assert.Equal(XmpNumber(xmp, "RelativeAltitude"), pose.RelativeAltitudeMeters);
        Assert.Equal(XmpNumber(xmp, "AbsoluteAltitude"), pose.AbsoluteAltitudeMeters);
    }

    [SharedDataFact]
    public void MavicThermalCaptureMatchesItsDump()
    {
        var path = SharedData.File("dji_thermal/M3T/DJI_0001_R.JPG");
        var dump = ExifToolDump.For(path);

        var m = CaptureMetadataReader.Read(path);

        Assert.Equal(dump["Camera Model Name"], m.Model);
        Assert.Equal(dump.Degrees("GPS Latitude"), m.Gps!.LatitudeDegrees, 1e-5);
        Assert.Equal(dump.Degrees("GPS Longitude"), m.Gps.LongitudeDegrees, 1e-5);
        Assert.Equal(dump.Number("GPS Altitude"), m.Gps.AltitudeMeters!.Value, 0.1); // ExifTool truncates to 0.1 m
        Assert.Equal(dump.Number("Gimbal Yaw Degree"), m.Pose!.GimbalYawDegrees);
        Assert.Equal(dump.Number("Focal Length"), m.FocalLengthMillimeters!.Value, 0.05);
        Assert.Equal(dump.Number("Focal Length In 35mm Format"), m.FocalLength35mmEquivalent);
        var local = DateTime.ParseExact(dump["Date/Time Original"]!, "yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture);
        Assert.Equal(local, m.CaptureTime!.Value.DateTime);
    }

    [SharedDataTheory]
    [InlineData("flir/FLIR.jpg")]
    [InlineData("flir/frame_000000.fff")]
    public void FlirFilesGiveGpsAndZonedTimeFromTheirFlirRecord(string file)
    {
        var path = SharedData.File(file);
        var dump = ExifToolDump.For(path);

        var m = CaptureMetadataReader.Read(path);

        Assert.Equal(dump.Degrees("GPS Latitude"), m.Gps!.LatitudeDegrees, 5e-5);
        Assert.Equal(dump.Degrees("GPS Longitude"), m.Gps.LongitudeDegrees, 5e-5);
        var time = DateTimeOffset.ParseExact(dump["Date/Time Original"]!, "yyyy:MM:dd HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
        Assert.Equal(time, m.CaptureTime);
        Assert.Equal(time.Offset, m.CaptureTime!.Value.Offset);
    }

    [Fact]
    public void ZeroByteFileIsNotAnImage()
    {
        using var temp = new TempFolder();

        Assert.Throws<InvalidDataException>(() => CaptureMetadataReader.Read(temp.Write("empty.JPG", [])));
    }

    [SharedDataFact]
    public void TruncatedCapturesReadWhatSurvivesOrFailAsInvalidData()
    {
        using var temp = new TempFolder();
        var original = File.ReadAllBytes(SharedData.File("rgb_dji/DJI_0018.JPG"));

        foreach (var length in new[] { 3, 20, 200, 2_000, 9_000, 40_000 })
        {
            var path = temp.Write($"cut_{length}.JPG", original[..length]);
            try
            {
                var m = CaptureMetadataReader.Read(path);
                Assert.Equal(path, m.Path);
            }
            catch (InvalidDataException e)
            {
                Assert.Contains("cut_", e.Message);
            }
        }
    }

    private static double XmpNumber(string xmp, string name)
    {
        var m = Regex.Match(xmp, $"drone-dji:{name}=\"([^\"]+)\"");
        Assert.True(m.Success, $"file has no drone-dji:{name}");
        return double.Parse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
