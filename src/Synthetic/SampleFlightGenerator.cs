using System.Globalization;
using DroneInspect.Synthetic.Camera;
using DroneInspect.Synthetic.Formats;
using DroneInspect.Synthetic.Radiometry;
using DroneInspect.Synthetic.Rendering;
using DroneInspect.Synthetic.Scene;
using DroneInspect.Synthetic.SideFiles;

namespace DroneInspect.Synthetic;

/// <summary>
/// Generates a complete synthetic inspection flight with known answers: a 10 kV feeder and a 110 kV span near
/// Zurich, an M30T-like mission of RGB + radiometric thermal pairs, the asset and customer files, and a ground truth
/// of every planted defect with its expected grades and pixel sightings.
/// </summary>
public static class SampleFlightGenerator
{
    public const string FlightFolderName = "flight";
    public const string AssetsFileName = "assets.geojson";
    public const string CustomersFileName = "customers.csv";

    /// <summary>
    /// Raised whenever the files the generator writes change shape (2: customers.csv with language, flags, transformer
    /// and meter columns; ground truth with each defect's affected customers), so a kept sample is generated afresh.
    /// </summary>
    public const int FilesVersion = 2;
    public const string GroundTruthFileName = "ground-truth.json";

    /// <summary>Writes a complete sample flight into outDir (created if absent); deterministic for a seed (byte-identical output for the same seed).</summary>
    public static SampleFlightSummary Generate(string outDir, int seed = 42, IProgress<string>? progress = null) =>
        Generate(outDir, seed, progress, int.MaxValue);

    /// <summary>As the public overload, but renders only the first <paramref name="maxCaptures"/> capture positions (for fast tests).</summary>
    internal static SampleFlightSummary Generate(string outDir, int seed, IProgress<string>? progress, int maxCaptures)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        string flight = Path.Combine(outDir, FlightFolderName);
        Directory.CreateDirectory(flight);

        var scene = SceneBuilder.Build(seed);
        var captures = FlightPlanner.Plan(scene, seed).Take(maxCaptures).ToList();
        var calibration = FlirCalibration.Default(scene.AmbientTemperatureCelsius);
        var sightings = scene.Defects.ToDictionary(d => d.Id, _ => new List<GroundTruthSighting>());
        var truthCaptures = new List<GroundTruthCapture>();
        int rgbCount = 0, thermalCount = 0;

        foreach (var capture in captures)
        {
            progress?.Report($"Rendering capture {capture.Index}/{captures.Count} ({capture.Target})");
            string rgbName = capture.FileStem + "_W.JPG";
            var rgbProjector = new PinholeProjector(capture.Pose, CameraIntrinsics.Wide);
            File.WriteAllBytes(Path.Combine(flight, rgbName), RenderRgb(scene, rgbProjector, capture, seed));
            truthCaptures.Add(TruthCapture(rgbName, "rgb", "jpeg", capture, CameraIntrinsics.Wide));
            Sight(scene, rgbProjector, rgbName, thermalImage: false, sightings);
            rgbCount++;

            var thermalProjector = new PinholeProjector(capture.Pose, CameraIntrinsics.Thermal);
            var field = ThermalRenderer.Render(scene, thermalProjector, seed);
            string thermalName = capture.FileStem + (capture.ThermalAsTiff ? "_T.tiff" : "_T.JPG");
            byte[] thermal = capture.ThermalAsTiff
                ? ThermalCaptureWriter.WriteTiff(field, CameraIntrinsics.Thermal, capture)
                : ThermalCaptureWriter.WriteFlirJpeg(field, CameraIntrinsics.Thermal, capture, calibration,
                    scene.AmbientTemperatureCelsius, $"SYN{seed:D8}");
            File.WriteAllBytes(Path.Combine(flight, thermalName), thermal);
            truthCaptures.Add(TruthCapture(thermalName, "thermal", capture.ThermalAsTiff ? "tiff" : "flir-rjpeg", capture,
                CameraIntrinsics.Thermal));
            Sight(scene, thermalProjector, thermalName, thermalImage: true, sightings);
            thermalCount++;
        }

        progress?.Report("Writing assets, customers and ground truth");
        string assets = Path.Combine(outDir, AssetsFileName);
        AssetsGeoJsonWriter.Write(assets, scene);
        string customers = Path.Combine(outDir, CustomersFileName);
        CustomersCsvWriter.Write(customers);
        string truthPath = Path.Combine(outDir, GroundTruthFileName);
        GroundTruthWriter.Write(truthPath, new GroundTruth(seed, scene.Frame.GroundElevationMeters, scene.AmbientTemperatureCelsius,
            Radiometry(calibration), truthCaptures, scene.Defects.Select(d => TruthDefect(scene, d, sightings[d.Id])).ToList()));
        return new SampleFlightSummary(flight, assets, customers, truthPath, rgbCount, thermalCount, scene.Defects.Count) { FilesVersion = FilesVersion };
    }

    private static byte[] RenderRgb(SceneModel scene, PinholeProjector projector, CapturePosition capture, int seed)
    {
        using var image = RgbRenderer.Render(scene, projector, seed);
        var bgr = new byte[image.Rows * image.Cols * 3];
        System.Runtime.InteropServices.Marshal.Copy(image.Data, bgr, 0, bgr.Length);
        return CaptureJpegWriter.Encode(bgr, projector.Intrinsics, capture);
    }

    private static void Sight(SceneModel scene, PinholeProjector projector, string file, bool thermalImage,
        Dictionary<string, List<GroundTruthSighting>> sightings)
    {
        foreach (var defect in scene.Defects)
        {
            if (DefectVisibility.TryLocate(defect, projector, thermalImage, out double u, out double v))
            {
                sightings[defect.Id].Add(new GroundTruthSighting(file, u, v));
            }
        }
    }

    private static GroundTruthCapture TruthCapture(string file, string kind, string format, CapturePosition c, CameraIntrinsics k) =>
        new(file, kind, format, c.CaptureTime.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            c.LatitudeDegrees, c.LongitudeDegrees, c.AltitudeMeters, c.RelativeAltitudeMeters,
            c.GimbalYawDegrees, c.GimbalPitchDegrees, c.GimbalRollDegrees, c.FlightYawDegrees,
            k.FxPixels, k.FyPixels, k.CxPixels, k.CyPixels, k.WidthPixels, k.HeightPixels);

    private static GroundTruthDefect TruthDefect(SceneModel scene, PlantedDefect d, List<GroundTruthSighting> sightings)
    {
        var (lon, lat, alt) = scene.Frame.ToWgs84(d.Position);
        ExpectedGrade? grade = d.TemperatureCelsius is double t && d.ReferenceTemperatureCelsius is double r
            ? ExpectedGrades.Compute(t, r, scene.AmbientTemperatureCelsius)
            : null;
        return new GroundTruthDefect(d.Id, d.Kind, d.AssetId, d.Component, d.Phase, d.VisualClass,
            Math.Round(lon, 8), Math.Round(lat, 8), Math.Round(alt, 3), d.TemperatureCelsius, d.ReferenceTemperatureCelsius,
            grade, sightings, ExpectedAffectedCustomers.For(scene, d, CustomersCsvWriter.Customers));
    }

    private static GroundTruthRadiometry Radiometry(FlirCalibration c) => new(
        c.PlanckR1, c.PlanckB, c.PlanckF, c.PlanckO, c.PlanckR2, c.Emissivity, c.ObjectDistanceMeters,
        c.ReflectedTemperatureCelsius, c.AtmosphericTemperatureCelsius, c.IrWindowTemperatureCelsius, c.IrWindowTransmission,
        c.RelativeHumidity, c.AtmosphericAlpha1, c.AtmosphericAlpha2, c.AtmosphericBeta1, c.AtmosphericBeta2, c.AtmosphericX,
        RadiometricTiffWriter.GainKelvinPerCount);
}
