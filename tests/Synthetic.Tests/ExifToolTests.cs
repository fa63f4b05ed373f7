namespace DroneInspect.Synthetic.Tests;

/// <summary>Acceptance: ExifTool reads the generated files exactly as the generator wrote them.</summary>
[Collection(SampleFlightCollection.Name)]
public sealed class ExifToolTests(SampleFlightFixture flight)
{
    private string FirstFile(string format) => flight.FilePath(flight.Truth.Captures.First(c => c.Format == format).File);

    [ExifToolFact]
    public void FlirJpegCameraInfoReadsAsWritten()
    {
        var json = ExifTool.Json(FirstFile("flir-rjpeg"));
        var r = flight.Truth.Radiometry;
        AssertClose(r.PlanckR1, json.Number("PlanckR1"));
        AssertClose(r.PlanckB, json.Number("PlanckB"));
        AssertClose(r.PlanckF, json.Number("PlanckF"));
        AssertClose(r.PlanckO, json.Number("PlanckO"));
        AssertClose(r.PlanckR2, json.Number("PlanckR2"));
        AssertClose(r.Emissivity, json.Number("Emissivity"));
        AssertClose(r.ObjectDistanceMeters, json.Number("ObjectDistance"));
        AssertClose(r.RelativeHumidity, json.Number("RelativeHumidity"));
        Assert.Equal(r.AtmosphericTemperatureCelsius, json.Number("AtmosphericTemperature"), 1e-4); // stored as float kelvin
        Assert.Equal(r.ReflectedTemperatureCelsius, json.Number("ReflectedApparentTemperature"), 1e-4);
        Assert.Equal(640, json.Number("RawThermalImageWidth"));
        Assert.Equal(512, json.Number("RawThermalImageHeight"));
        Assert.Equal("PNG", json.GetProperty("RawThermalImageType").GetString());
    }

    [ExifToolFact]
    public void ExtractedRawThermalImageHoldsTheCountsOfThePlantedHotspot()
    {
        var hotspot = flight.Truth.Defects.First(d => d.Kind == "thermal" && d.Sightings.Any(s => s.File.EndsWith(".JPG", StringComparison.Ordinal)));
        var sighting = hotspot.Sightings.First(s => s.File.EndsWith(".JPG", StringComparison.Ordinal));
        string path = flight.FilePath(sighting.File);
        byte[] png = ExifTool.Run("-b", "-RawThermalImage", path);
        Assert.True(png.Length > 8 && png[0] == 0x89 && png.AsSpan(1, 3).SequenceEqual("PNG"u8), "not a PNG");
        ushort[] counts = FlirJpegContent.DecodeSwappedPng(png);
        var reader = FlirJpegContent.Read(path);
        Assert.Equal(reader.Raw, counts);
        int index = (int)Math.Round(sighting.PixelY) * 640 + (int)Math.Round(sighting.PixelX);
        Assert.Equal(hotspot.TemperatureCelsius!.Value, reader.TemperatureCelsius(counts[index]), 0.1);
    }

    [ExifToolFact]
    public void RgbGpsAndDjiPoseReadAsWritten()
    {
        var capture = flight.Truth.Captures.First(c => c.Kind == "rgb");
        var json = ExifTool.Json(flight.FilePath(capture.File));
        Assert.Equal(capture.Latitude, json.Number("GPSLatitude"), 1e-8);
        Assert.Equal(capture.Longitude, json.Number("GPSLongitude"), 1e-8);
        Assert.Equal(capture.AltitudeMeters, json.Number("GPSAltitude"), 1e-6);
        Assert.Equal(capture.GimbalYawDegrees, json.Number("GimbalYawDegree"), 1e-9);
        Assert.Equal(capture.GimbalPitchDegrees, json.Number("GimbalPitchDegree"), 1e-9);
        Assert.Equal(capture.GimbalRollDegrees, json.Number("GimbalRollDegree"), 1e-9);
        Assert.Equal(capture.FlightYawDegrees, json.Number("FlightYawDegree"), 1e-9);
        Assert.Equal(capture.RelativeAltitudeMeters, json.Number("RelativeAltitude"), 1e-9);
        Assert.Equal(capture.AltitudeMeters, json.Number("AbsoluteAltitude"), 1e-9);
        Assert.Equal("DJI", json.GetProperty("Make").GetString());
        Assert.Equal("M30T", json.GetProperty("Model").GetString());
        Assert.Equal(capture.FxPixels, json.Number("FocalLength") * json.Number("FocalPlaneXResolution") / 10, 1e-6);
    }

    [ExifToolFact]
    public void RadiometricTiffCarriesPoseGpsAndGain()
    {
        var capture = flight.Truth.Captures.First(c => c.Format == "tiff");
        var json = ExifTool.Json(flight.FilePath(capture.File));
        Assert.Equal(640, json.Number("ImageWidth"));
        Assert.Equal(16, json.Number("BitsPerSample"));
        Assert.Equal(capture.Latitude, json.Number("GPSLatitude"), 1e-8);
        Assert.Equal(capture.GimbalPitchDegrees, json.Number("GimbalPitchDegree"), 1e-9);
        Assert.Equal(0.04, json.Number("TemperatureGainKelvinPerCount"), 1e-12);
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected}, exiftool read {actual}");
}
