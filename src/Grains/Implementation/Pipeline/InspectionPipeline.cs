using DroneInspect.Geo.Placement;
using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Grains.Pipeline;

/// <summary>
/// The pipeline for one capture, top to bottom: read metadata -> decode thermal -> detect components (when a model is
/// configured) -> find and grade hotspots -> place each hotspot's hottest pixel -> sightings. Each stage hands a typed
/// result to the next. A bad file stops with <see cref="CaptureFailedException"/> naming the stage; a stage that cannot
/// run for a reason that is no fault of the file is skipped and says why in <see cref="CaptureAnalysis.Notes"/>.
/// </summary>
/// <param name="noDetectorNote">What the detect stage records when <paramref name="detector"/> is null.</param>
public sealed class InspectionPipeline(
    PipelineStages stages,
    IComponentDetector? detector,
    double defaultAmbientTemperatureCelsius = 20,
    string noDetectorNote = InspectionPipeline.NoDetectorNote)
{
    public const string NoDetectorNote = "detect: skipped: no detector model configured";

    /// <summary>Fallback placement uncertainty when only the drone's own position is known.</summary>
    public const double CameraPositionUncertaintyMeters = 30;

    public CaptureAnalysis Analyze(CapturePair capture)
    {
        var notes = new List<string>();
        if (capture.ThermalPath is null)
        {
            notes.Add("thermal: skipped: the capture has no thermal image");
            return new CaptureAnalysis(capture.CaptureId, [], notes);
        }

        var metadata = Run("read metadata", () => stages.ReadMetadata(capture.ThermalPath));
        var thermal = Run("decode thermal", () => stages.DecodeThermal(capture.ThermalPath));
        var componentBoxes = DetectComponents(capture.ThermalPath, notes);
        var hotspots = GradeHotspots(thermal, componentBoxes, notes);
        var sightings = Place(capture.CaptureId, metadata, thermal.Map, hotspots, notes);
        return new CaptureAnalysis(capture.CaptureId, sightings, notes);
    }

    private IReadOnlyList<PixelBox> DetectComponents(string thermalPath, List<string> notes)
    {
        if (detector is null)
        {
            notes.Add(noDetectorNote);
            return [];
        }

        var detections = Run("detect", () => detector.Detect(thermalPath));
        notes.Add($"detect: {detections.Count} component(s)");
        return detections.Select(d => d.Box).ToList();
    }

    private IReadOnlyList<GradedHotspot> GradeHotspots(ThermalImage thermal, IReadOnlyList<PixelBox> boxes, List<string> notes)
    {
        if (!thermal.Map.IsAbsolute)
        {
            notes.Add($"hotspots: skipped: {thermal.Format} gives sensor counts only (no calibration), so no temperature can be graded");
            return [];
        }

        var ambient = thermal.Parameters?.AtmosphericTemperatureCelsius;
        if (ambient is null)
        {
            notes.Add($"hotspots: the file states no air temperature; {defaultAmbientTemperatureCelsius:0.#} C assumed as ambient");
        }

        var hotspots = Run("grade hotspots", () => stages.GradeHotspots(thermal.Map, ambient ?? defaultAmbientTemperatureCelsius, boxes));
        notes.Add($"hotspots: {hotspots.Count} found");
        return hotspots;
    }

    private List<Sighting> Place(string captureId, CaptureMetadata metadata, TemperatureMap map, IReadOnlyList<GradedHotspot> hotspots, List<string> notes)
    {
        var sightings = new List<Sighting>(hotspots.Count);
        if (hotspots.Count == 0)
        {
            return sightings;
        }

        var view = CameraViews.TryBuild(metadata, map.Width, map.Height, out var missing);
        if (view is null && metadata.Gps is null)
        {
            notes.Add($"place: skipped: the capture has no GPS position; {hotspots.Count} hotspot(s) not placed");
            return sightings;
        }

        if (view is null)
        {
            notes.Add($"place: no {missing}; hotspots placed at the drone's position (+-{CameraPositionUncertaintyMeters:0} m)");
        }

        foreach (var hotspot in hotspots)
        {
            var placement = view is null
                ? new Placement(metadata.Gps!.LatitudeDegrees, metadata.Gps.LongitudeDegrees, metadata.Gps.AltitudeMeters ?? 0,
                    CameraPositionUncertaintyMeters, null, null, 0, "camera-position")
                : Run("place", () => stages.Place(view, hotspot.Region.MaxX + 0.5, hotspot.Region.MaxY + 0.5));
            sightings.Add(ToSighting(captureId, hotspot, placement, map.IsAbsolute));
        }

        return sightings;
    }

    private static Sighting ToSighting(string captureId, GradedHotspot hotspot, Placement placement, bool absolute)
    {
        var worst = GradeSeverity.Worst(hotspot.Grades);
        return new Sighting(
            captureId, "thermal", placement.AssetId, placement.Component, worst?.Level ?? GradeSeverity.Ungraded, worst?.RuleId,
            hotspot.Region.MaxTemperatureCelsius, hotspot.ReferenceTemperatureCelsius, hotspot.DeltaTKelvin,
            placement.LatitudeDegrees, placement.LongitudeDegrees, placement.AltitudeMeters, placement.UncertaintyMeters,
            placement.Method, absolute,
            worst is null ? "hotspot: no grading rule applied" : $"{worst.Standard} {worst.Level} ({worst.Citation})");
    }

    private static T Run<T>(string stage, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception ex) when (ex is ThermalFormatException or InvalidDataException or IOException
            or UnauthorizedAccessException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new CaptureFailedException(stage, ex.Message, ex);
        }
    }
}
