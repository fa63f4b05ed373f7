using System.Globalization;
using DroneInspect.Geo.Placement;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Evidence;
using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Vision.Detection;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Grains.Pipeline;

/// <summary>
/// The pipeline for one capture, top to bottom. Thermal: read metadata -> decode thermal -> detect components (when a
/// model is configured) -> find and grade hotspots -> place each hotspot's hottest pixel, naming the detected component
/// it sits on. RGB (when a model is configured): read metadata -> detect -> keep the visual defect classes -> place each
/// box centre. Each stage hands a typed result to the next. A bad file stops with <see cref="CaptureFailedException"/>
/// naming the stage; a stage that cannot run for a reason that is no fault of the file is skipped and says why in
/// <see cref="CaptureAnalysis.Notes"/>.
/// </summary>
/// <param name="noDetectorNote">What the capture records when <paramref name="detector"/> is null.</param>
/// <param name="visualDefects">Which RGB detections are defects and their grades; <see cref="VisualDefects.Default"/> when null.</param>
/// <param name="evidence">Keeps each sighting's evidence (images, temperature tile) as the last step; null keeps none.</param>
public sealed class InspectionPipeline(
    PipelineStages stages,
    IComponentDetector? detector,
    double defaultAmbientTemperatureCelsius = 20,
    string noDetectorNote = InspectionPipeline.NoDetectorNote,
    VisualDefects? visualDefects = null,
    EvidenceWriter? evidence = null)
{
    public const string NoDetectorNote = "detect: skipped: no detector model configured";

    /// <summary>Fallback placement uncertainty when only the drone's own position is known.</summary>
    public const double CameraPositionUncertaintyMeters = 30;

    private readonly VisualDefects _visualDefects = visualDefects ?? VisualDefects.Default;

    /// <param name="overrides">The user's measurement overrides for the thermal file (file over flight); null for none.</param>
    public CaptureAnalysis Analyze(CapturePair capture, ThermalOverrides? overrides = null)
    {
        var notes = new List<string>();
        var sightings = new List<Sighting>();
        var kept = new EvidenceInput(capture, overrides);
        if (detector is null)
        {
            notes.Add(noDetectorNote);
        }

        if (capture.ThermalPath is null)
        {
            notes.Add("thermal: skipped: the capture has no thermal image");
        }
        else
        {
            var (thermalSightings, scene) = AnalyzeThermal(capture.CaptureId, capture.ThermalPath, overrides, notes);
            sightings.AddRange(thermalSightings);
            kept = kept with { Thermal = scene };
        }

        if (detector is not null)
        {
            if (capture.RgbPath is null)
            {
                notes.Add("visual: skipped: the capture has no RGB image");
            }
            else
            {
                var (visualSightings, scene) = AnalyzeVisual(capture.CaptureId, capture.RgbPath, detector, notes);
                sightings.AddRange(visualSightings);
                kept = kept with { Rgb = scene };
            }
        }

        var withEvidence = evidence is null || sightings.Count == 0 ? sightings : evidence.Keep(kept, sightings, notes);
        return new CaptureAnalysis(capture.CaptureId, withEvidence, notes);
    }

    private (List<Sighting> Sightings, ThermalScene Scene) AnalyzeThermal(string captureId, string thermalPath, ThermalOverrides? overrides, List<string> notes)
    {
        var metadata = Run("read metadata", () => stages.ReadMetadata(thermalPath));
        var thermal = Run("decode thermal", () => OverriddenDecoding.Decode(stages, thermalPath, overrides, notes));
        var components = DetectComponents(thermalPath, metadata, thermal.Map, notes);
        var hotspots = GradeHotspots(thermal, metadata, components, notes);
        var pixels = hotspots.Select(h => (h.Region.MaxX + 0.5, h.Region.MaxY + 0.5)).ToList();
        var placements = Place(metadata, thermal.Map.Width, thermal.Map.Height, pixels, "hotspot", notes);
        var sightings = placements
            .Select((placement, i) => ThermalSighting(captureId, hotspots[i], placement, thermal.Map.IsAbsolute,
                HotspotAttribution.Attribute(hotspots[i].Region, components)) with { PixelX = pixels[i].Item1, PixelY = pixels[i].Item2, CapturedAtUtc = metadata.CaptureTime?.ToUniversalTime() })
            .Select(s => s.WithFiniteNumbers())
            .ToList();
        return (sightings, new ThermalScene(Path.GetFileName(thermalPath), thermal.Map, metadata, hotspots));
    }

    /// <summary>
    /// Components on the thermal image, their boxes scaled from the image's pixels to the map's (a DJI M30T shows
    /// 1280x1024 over a 640x512 map). The thermal file already decoded, so an image the detector cannot read is no fault
    /// of the file: detection is skipped with a note and hotspots are still graded.
    /// </summary>
    private IReadOnlyList<Detection> DetectComponents(string thermalPath, CaptureMetadata metadata, TemperatureMap map, List<string> notes)
    {
        if (detector is null)
        {
            return [];
        }

        IReadOnlyList<Detection> found;
        try
        {
            found = Run("detect", () => detector.Detect(thermalPath));
        }
        catch (CaptureFailedException ex) when (ex.InnerException is DetectorException)
        {
            notes.Add($"detect: skipped on the thermal image: {ex.InnerException.Message}");
            return [];
        }

        notes.Add($"detect: {found.Count} component(s)");
        var scaleX = metadata.ImageWidth is int w && w > 0 ? map.Width / (double)w : 1;
        var scaleY = metadata.ImageHeight is int h && h > 0 ? map.Height / (double)h : 1;
        return scaleX == 1 && scaleY == 1 ? found : found.Select(d => d with { Box = Scale(d.Box, scaleX, scaleY) }).ToList();
    }

    private static PixelBox Scale(PixelBox box, double scaleX, double scaleY)
        => new((float)(box.X1 * scaleX), (float)(box.Y1 * scaleY), (float)(box.X2 * scaleX), (float)(box.Y2 * scaleY));

    private (List<Sighting> Sightings, RgbScene Scene) AnalyzeVisual(string captureId, string rgbPath, IComponentDetector rgbDetector, List<string> notes)
    {
        var metadata = Run("read rgb metadata", () => stages.ReadMetadata(rgbPath));
        var detections = Run("detect rgb", () => rgbDetector.Detect(rgbPath));
        var defects = detections.Where(d => _visualDefects.IsDefect(d.ClassName)).ToList();
        notes.Add($"visual: {detections.Count} detection(s), {defects.Count} visual defect(s)");
        var pixels = defects.Select(d => ((d.Box.X1 + d.Box.X2) / 2.0, (d.Box.Y1 + d.Box.Y2) / 2.0)).ToList();
        var placements = Place(metadata, metadata.ImageWidth ?? 1, metadata.ImageHeight ?? 1, pixels, "visual defect", notes);
        var sightings = placements.Select((placement, i) => VisualSighting(captureId, defects[i], placement) with { PixelX = pixels[i].Item1, PixelY = pixels[i].Item2, CapturedAtUtc = metadata.CaptureTime?.ToUniversalTime() }).ToList();
        return (sightings, new RgbScene(metadata, detections, defects));
    }

    /// <summary>
    /// The detector's class names the equipment kind (grading rows, similar components); "connector" where none is known.
    /// The file's air temperature (or the default) is checked against the scene first (<see cref="AmbientAir"/>), and
    /// a replaced or assumed ambient is a note. Other phases count as similar components only where the region's hottest
    /// pixel, placed like a sighting, falls on an asset of the network.
    /// </summary>
    private IReadOnlyList<GradedHotspot> GradeHotspots(
        ThermalImage thermal, CaptureMetadata metadata, IReadOnlyList<Detection> components, List<string> notes)
    {
        if (!thermal.Map.IsAbsolute)
        {
            // Counts still show where a component runs hotter than its surroundings: graded "relative-only", in counts.
            var relative = Run("grade hotspots", () => stages.GradeHotspots(thermal.Map, double.NaN, components.Select(d => d.Box).ToList()));
            notes.Add($"hotspots: {relative.Count} found on a relative map: {thermal.Format} gives sensor counts, not temperatures"
                + $" ({thermal.Note ?? "no calibration"}); graded {HotspotAnalyzer.RelativeOnly}, no Celsius claimed");
            return relative;
        }

        var ambient = AmbientAir.Choose(
            thermal.Map, thermal.Parameters?.AtmosphericTemperatureCelsius, AmbientAir.FromFile, defaultAmbientTemperatureCelsius);
        if (ambient.Note is { } why)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"hotspots: ambient {ambient.TemperatureCelsius:0.#} C ({ambient.Source}): {why}"));
        }

        var onNetwork = OnNetworkEquipment(metadata, thermal.Map);
        var hotspots = Run("grade hotspots", () => stages.GradeComponents is { } byKind
            ? byKind(thermal.Map, ambient.TemperatureCelsius, components.Select(d => new ThermalComponent(d.Box, d.ClassName)).ToList(), onNetwork)
            : stages.GradeHotspots(thermal.Map, ambient.TemperatureCelsius, components.Select(d => d.Box).ToList()));
        notes.Add($"hotspots: {hotspots.Count} found");
        return hotspots.Select(h => HotspotAnalyzer.WithAmbient(h, ambient)).ToList();
    }

    /// <summary>
    /// Whether asset-network equipment is in view at a region: its hottest pixel, placed by the placement stage, lands on
    /// an asset. Null without a full camera pose (nothing can be placed, so nothing is known to be on the network).
    /// </summary>
    private Func<HotRegion, bool>? OnNetworkEquipment(CaptureMetadata metadata, TemperatureMap map)
    {
        var view = CameraViews.TryBuild(metadata, map.Width, map.Height, out _);
        return view is null
            ? null
            : region => Run("place", () => stages.Place(view, region.MaxX + 0.5, region.MaxY + 0.5)).AssetId is not null;
    }

    /// <summary>
    /// One placement per pixel of an image <paramref name="width"/> x <paramref name="height"/>, or none (with a note)
    /// when the capture has no GPS position. Without a full pose the drone's own position stands in. A capture out of
    /// the network's reach is placed on the ground, and its notes say so (the flight names the distance).
    /// </summary>
    private List<Placement> Place(CaptureMetadata metadata, int width, int height, IReadOnlyList<(double X, double Y)> pixels, string what, List<string> notes)
    {
        var placements = new List<Placement>(pixels.Count);
        if (pixels.Count == 0)
        {
            return placements;
        }

        var view = CameraViews.TryBuild(metadata, width, height, out var missing);
        if (view is null && metadata.Gps is null)
        {
            notes.Add($"place: skipped: the capture has no GPS position; {pixels.Count} {what}(s) not placed");
            return placements;
        }

        if (view is null)
        {
            notes.Add($"place: no {missing}; {what}s placed at the drone's position (+-{CameraPositionUncertaintyMeters:0} m)");
        }

        foreach (var (x, y) in pixels)
        {
            placements.Add(view is null
                ? new Placement(metadata.Gps!.LatitudeDegrees, metadata.Gps.LongitudeDegrees, metadata.Gps.AltitudeMeters ?? 0,
                    CameraPositionUncertaintyMeters, null, null, 0, "camera-position")
                : Run("place", () => stages.Place(view, x, y)));
        }

        if (placements.Any(p => p.DistanceToNetworkMeters is not null))
        {
            notes.Add($"place: out of the asset network's reach; {what}s placed on the ground in the capture's own UTM zone");
        }

        return placements;
    }

    /// <param name="host">The detected component the hotspot's hottest pixel lies on; names the component when placement gives none.</param>
    /// <remarks>The sighting carries every grade (one per standard, ranked by the rules the analyzer graded with); its headline is the worst.</remarks>
    private static Sighting ThermalSighting(string captureId, GradedHotspot hotspot, Placement placement, bool absolute, Detection? host)
    {
        var grades = hotspot.Grades.Select(g => GradeSeverity.Of(g, HotspotAnalysisOptions.Default.Rules)).ToList();
        var worst = GradeSeverity.Worst(grades);
        var label = worst switch
        {
            null => "hotspot: no grading rule applied",
            _ when worst.Standard == worst.Level => $"{worst.Level} ({worst.Citation})", // relative-only names itself once
            _ => $"{worst.Standard} {worst.Level} ({worst.Citation})",
        };
        return new Sighting(
            captureId, "thermal", placement.AssetId, placement.Component ?? host?.ClassName, worst?.Level ?? GradeSeverity.Ungraded,
            worst?.RuleId, hotspot.Region.MaxTemperatureCelsius, hotspot.ReferenceTemperatureCelsius, hotspot.DeltaTKelvin,
            placement.LatitudeDegrees, placement.LongitudeDegrees, placement.AltitudeMeters, placement.UncertaintyMeters,
            placement.Method, absolute, host is null ? label : $"{label} on {host.ClassName}")
        {
            RelativeDifferencePercent = hotspot.RelativeDifferencePercent,
            Grades = grades,
            ReferenceSource = hotspot.ReferenceSource,
            AmbientTemperatureCelsius = hotspot.AmbientTemperatureCelsius,
            AmbientSource = hotspot.AmbientSource,
        };
    }

    /// <summary>
    /// A visual defect: no temperatures (so nothing relative: Absolute), graded from the class table on the visual
    /// scale, whose row ("visual:{class}") is its rule id so reports show what was seen.
    /// </summary>
    private Sighting VisualSighting(string captureId, Detection defect, Placement placement) => new(
        captureId, "visual", placement.AssetId, placement.Component, _visualDefects.GradeOf(defect.ClassName), VisualDefects.RuleIdOf(defect.ClassName),
        null, null, null, placement.LatitudeDegrees, placement.LongitudeDegrees, placement.AltitudeMeters,
        placement.UncertaintyMeters, placement.Method, true, defect.ClassName)
    {
        Score = defect.Score,
        Grades = [_visualDefects.StandardGradeOf(defect.ClassName)],
    };

    private static T Run<T>(string stage, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception ex) when (ex is ThermalFormatException or InvalidDataException or IOException or DetectorException
            or UnauthorizedAccessException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new CaptureFailedException(stage, ex.Message, ex);
        }
    }
}
