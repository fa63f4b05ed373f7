using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Flir;

namespace DroneInspect.Ingestion.Tests.Thermal;

public class FlirDecodingTests
{
    public static TheoryData<string> RadiometricFlirFiles =>
        ["flir/FLIR.jpg", "flir/FLIR_AX8.jpg", "flir/FLIR_E40.jpg", "flir/FLIR_T640.jpg", "flir/frame_000000.fff"];

    [SharedDataTheory]
    [MemberData(nameof(RadiometricFlirFiles))]
    public void HandComputedPixelsFromThePublishedParametersMatchTheMap(string file)
    {
        var path = SharedData.File(file);
        var dump = ExifToolDump.For(path);
        var raw = FlirReader.Read(path).RawImage;

        var image = ThermalDecoder.Decode(path);

        Assert.Equal("flir-fff", image.Format);
        Assert.True(image.Map.IsAbsolute);
        Assert.Equal((raw.Width, raw.Height), (image.Map.Width, image.Map.Height));
        foreach (var (x, y) in new[] { (0, 0), (raw.Width / 2, raw.Height / 2), (raw.Width - 1, raw.Height - 1), (raw.Width / 3, raw.Height / 4) })
        {
            var expected = Raw2Temp(raw.Counts![(y * raw.Width) + x], dump);
            Assert.Equal(expected, image.Map[x, y], 0.01);
        }
    }

    [SharedDataFact]
    public void OverridesReplaceTheFileParameters()
    {
        var path = SharedData.File("flir/FLIR_E40.jpg");
        var asShot = ThermalDecoder.Decode(path);

        var overridden = ThermalDecoder.Decode(path, new RadiometricOverrides(Emissivity: 0.6, ObjectDistanceMeters: 20, RelativeHumidity: 0.8));

        Assert.Equal(0.6, overridden.Parameters!.Emissivity);
        Assert.Equal(20, overridden.Parameters.ObjectDistanceMeters);
        Assert.Equal(0.8, overridden.Parameters.RelativeHumidity);
        Assert.Equal(asShot.Parameters!.ReflectedTemperatureCelsius, overridden.Parameters.ReflectedTemperatureCelsius);
        var hottest = Array.IndexOf(asShot.Map.Values, asShot.Map.Values.Max());
        Assert.True(overridden.Map.Values[hottest] > asShot.Map.Values[hottest]);
    }

    [SharedDataFact]
    public void DroneFffDecodesToPlausibleTemperatures()
    {
        var image = ThermalDecoder.Decode(SharedData.File("flir/frame_000000.fff"));

        Assert.Equal((640, 512), (image.Map.Width, image.Map.Height));
        Assert.Equal("Duo Pro R", image.CameraModel);
        Assert.All(image.Map.Values, v => Assert.InRange(v, -40f, 80f));
    }

    [SharedDataFact]
    public void StubRawImageOfTheI7FailsWithAPlainReason()
    {
        var path = SharedData.File("flir/FLIR_i7_exiftool_test.jpg");

        var error = Assert.Throws<ThermalFormatException>(() => ThermalDecoder.Decode(path));

        Assert.Contains("120x120", error.Message);
    }

    /// <summary>Thermimage's raw2temp written out term by term, with the dump's printed parameters.</summary>
    private static double Raw2Temp(double raw, ExifToolDump d)
    {
        double e = d.Number("Emissivity"), od = d.Number("Object Distance"), rTemp = d.Number("Reflected Apparent Temperature");
        double aTemp = d.Number("Atmospheric Temperature"), irwTemp = d.Number("IR Window Temperature"), irt = d.Number("IR Window Transmission");
        double rh = d.Number("Relative Humidity"), r1 = d.Number("Planck R1"), b = d.Number("Planck B"), f = d.Number("Planck F");
        double o = d.Number("Planck O"), r2 = d.Number("Planck R2"), a1 = d.Number("Atmospheric Trans Alpha 1"), a2 = d.Number("Atmospheric Trans Alpha 2");
        double b1 = d.Number("Atmospheric Trans Beta 1"), b2 = d.Number("Atmospheric Trans Beta 2"), x = d.Number("Atmospheric Trans X");

        var emissWind = 1 - irt;
        var reflWind = 0.0;
        var h2o = (rh / 100) * Math.Exp(1.5587 + (0.06939 * aTemp) - (0.00027816 * Math.Pow(aTemp, 2)) + (0.00000068455 * Math.Pow(aTemp, 3)));
        var tau1 = (x * Math.Exp(-Math.Sqrt(od / 2) * (a1 + (b1 * Math.Sqrt(h2o))))) + ((1 - x) * Math.Exp(-Math.Sqrt(od / 2) * (a2 + (b2 * Math.Sqrt(h2o)))));
        var tau2 = tau1;
        double PlanckRaw(double celsius) => (r1 / (r2 * (Math.Exp(b / (celsius + 273.15)) - f))) - o;
        var rawRefl1Attn = (1 - e) / e * PlanckRaw(rTemp);
        var rawAtm1Attn = (1 - tau1) / e / tau1 * PlanckRaw(aTemp);
        var rawWindAttn = emissWind / e / tau1 / irt * PlanckRaw(irwTemp);
        var rawRefl2Attn = reflWind / e / tau1 / irt * PlanckRaw(rTemp);
        var rawAtm2Attn = (1 - tau2) / e / tau1 / irt / tau2 * PlanckRaw(aTemp);
        var rawObj = (raw / e / tau1 / irt / tau2) - rawAtm1Attn - rawAtm2Attn - rawWindAttn - rawRefl1Attn - rawRefl2Attn;
        return (b / Math.Log((r1 / (r2 * (rawObj + o))) + f)) - 273.15;
    }
}
