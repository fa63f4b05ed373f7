using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Ingestion.Tests.Thermal;

public class RadiometricTiffTests
{
    [SharedDataFact]
    public void DuoProRExportDecodesTo640x512PlausibleCelsius()
    {
        var image = ThermalDecoder.Decode(SharedData.File("tiff/duo_pro_r_radiometric.tiff"));

        Assert.Equal("radiometric-tiff", image.Format);
        Assert.True(image.Map.IsAbsolute);
        Assert.Equal((640, 512), (image.Map.Width, image.Map.Height));
        Assert.Equal("Duo Pro R", image.CameraModel);
        Assert.All(image.Map.Values, v => Assert.InRange(v, -40f, 120f));
        Assert.True(image.Map.Values.Max() - image.Map.Values.Min() > 1, "a real scene has contrast");
    }

    [Fact]
    public void GainStatedInXmpIsUsed()
    {
        using var temp = new TempFolder();
        ushort[] counts = [5000, 6000, 7000, 8000, 9000, 10000];
        const string Xmp = "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
            + "<rdf:Description rdf:about='' xmlns:di='https://droneinspect.example/ns/thermal/1.0/' di:KelvinPerCount='0.05'/></rdf:RDF></x:xmpmeta>";
        var path = temp.Write("synthetic_T.tif", TestTiffWriter.Write(3, 2, counts, Xmp));

        var image = ThermalDecoder.Decode(path);

        Assert.Equal((3, 2), (image.Map.Width, image.Map.Height));
        for (var i = 0; i < counts.Length; i++)
        {
            Assert.Equal((counts[i] * 0.05) - 273.15, image.Map.Values[i], 1e-3);
        }
    }

    [Fact]
    public void WithoutAStatedGainTheFlirDefaultApplies()
    {
        using var temp = new TempFolder();
        ushort[] counts = [7315, 7500];
        var path = temp.Write("plain.tiff", TestTiffWriter.Write(2, 1, counts, xmp: null));

        var image = ThermalDecoder.Decode(path);

        Assert.Equal((7315 * 0.04) - 273.15, image.Map.Values[0], 1e-3);
        Assert.Equal((7500 * 0.04) - 273.15, image.Map.Values[1], 1e-3);
    }

    [SharedDataFact]
    public void TruncatedTiffFailsClearly()
    {
        using var temp = new TempFolder();
        var original = File.ReadAllBytes(SharedData.File("tiff/duo_pro_r_radiometric.tiff"));

        for (var i = 0; i < 12; i++)
        {
            var length = 1 + (int)((long)(original.Length - 2) * i / 12);
            var path = temp.Write($"cut_{i}.tiff", original[..length]);

            Assert.Throws<ThermalFormatException>(() => ThermalDecoder.Decode(path));
        }
    }
}
