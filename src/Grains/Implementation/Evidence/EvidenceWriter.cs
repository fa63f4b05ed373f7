using System.Globalization;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Vision.Detection;
using OpenCvSharp;

namespace DroneInspect.Grains.Evidence;

/// <summary>
/// Keeps each sighting's evidence at analysis time, inside the capture stage: the thermal frame in a palette with the
/// hot region and reference marked, the temperature tile around it, and the paired RGB capture's crop with detector
/// boxes. Each file is streamed to disk (<see cref="EvidenceStore"/>); the sighting carries only its evidence id. A
/// rerun on the same input (same files, same overrides: the same input key) finds evidence.json and reuses the folder.
/// Evidence that cannot be written is said in the capture's notes and never fails the capture.
/// </summary>
public sealed class EvidenceWriter(EvidenceStore store, Func<string, CaptureMetadata> readMetadata)
{
    public IReadOnlyList<Sighting> Keep(EvidenceInput input, IReadOnlyList<Sighting> sightings, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sightings);
        var inputKey = EvidenceStore.InputKey(input.Capture, input.Overrides);
        var rgbMetadata = new Lazy<(CaptureMetadata? Metadata, string? Why)>(() => RgbMetadata(input));
        using var rgbImage = input.Capture.RgbPath is { } rgbPath ? new RgbImage(rgbPath) : null;
        var used = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<Sighting>(sightings.Count);
        int thermalIndex = 0, visualIndex = 0;
        foreach (var sighting in sightings)
        {
            var thermal = sighting.Kind == "thermal";
            int index = thermal ? thermalIndex++ : visualIndex++;
            var key = SightingKey(sighting, index, used);
            var evidenceId = $"{inputKey}/{key}";
            try
            {
                var folder = store.CreateFolder(evidenceId);
                if (!File.Exists(Path.Combine(folder, EvidenceFiles.MetadataName)))
                {
                    var record = thermal ? ThermalRecord(input, index, evidenceId, folder, rgbMetadata, rgbImage) : VisualRecord(input, index, evidenceId, folder, rgbImage);
                    EvidenceStore.Write(folder, EvidenceFiles.MetadataName, stream => EvidenceJson.Write(stream, record));
                }

                kept.Add(sighting with { EvidenceId = evidenceId });
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OpenCVException)
            {
                notes.Add($"evidence: not kept for {sighting.Kind} sighting {key}: {ex.Message}");
                kept.Add(sighting);
            }
        }

        return kept;
    }

    private EvidenceRecord ThermalRecord(
        EvidenceInput input, int index, string evidenceId, string folder, Lazy<(CaptureMetadata? Metadata, string? Why)> rgbMetadata, RgbImage? rgbImage)
    {
        var scene = input.Thermal ?? throw new InvalidOperationException("a thermal sighting without its decoded thermal image");
        var hotspot = scene.Hotspots[index];
        var record = new EvidenceRecord(evidenceId, input.Capture.CaptureId, "thermal", scene.Map.IsAbsolute ? "celsius" : "counts")
        {
            ThermalFileName = scene.FileName,
            FrameWidth = scene.Map.Width,
            FrameHeight = scene.Map.Height,
            Hotspot = hotspot,
            ThermalImage = ThermalEvidence.WriteImage(folder, scene.Map, hotspot),
            Tile = ThermalEvidence.WriteTile(folder, scene.Map, hotspot),
            RgbFileName = input.Capture.RgbPath is { } p ? Path.GetFileName(p) : null,
            DetectionsNote = DetectionsNote(input),
        };
        if (rgbImage is null)
        {
            return record with { RgbNote = "no RGB capture is paired with this thermal capture" };
        }

        if (rgbMetadata.Value.Metadata is not { } rgb)
        {
            return record with { RgbNote = rgbMetadata.Value.Why };
        }

        var crop = RgbCrop.Write(
            folder, rgbImage,
            (w, h) => (ThermalToRgb.TryMap(scene.Metadata, scene.Map.Width, scene.Map.Height, rgb, w, h, hotspot.Region.Box, out var why), why),
            input.Rgb?.Detections ?? [], out var cropWhy);
        return record with { RgbCrop = crop, RgbNote = cropWhy, RgbMethod = ThermalToRgb.Method };
    }

    private static EvidenceRecord VisualRecord(EvidenceInput input, int index, string evidenceId, string folder, RgbImage? rgbImage)
    {
        var scene = input.Rgb ?? throw new InvalidOperationException("a visual sighting without the detections that found it");
        var defect = scene.Defects[index];
        var rgb = rgbImage ?? throw new InvalidOperationException("a visual sighting without its RGB image");
        var crop = RgbCrop.Write(folder, rgb, (_, _) => (defect.Box, null), scene.Detections, out var why);
        return new EvidenceRecord(evidenceId, input.Capture.CaptureId, "visual", null)
        {
            ThermalFileName = input.Capture.ThermalPath is { } t ? Path.GetFileName(t) : null,
            ThermalNote = "a visual sighting: seen by the detector on the RGB image, no hot region to show",
            RgbFileName = Path.GetFileName(rgb.Path),
            RgbCrop = crop,
            RgbNote = why,
            Defect = defect,
            RgbMethod = "the detector's box on the RGB image",
            DetectionsNote = DetectionsNote(input),
        };
    }

    private (CaptureMetadata? Metadata, string? Why) RgbMetadata(EvidenceInput input)
    {
        if (input.Rgb is { } rgb)
        {
            return (rgb.Metadata, null);
        }

        if (input.Capture.RgbPath is not { } path)
        {
            return (null, "no RGB capture is paired with this thermal capture");
        }

        try
        {
            return (readMetadata(path), null);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, $"the RGB image's metadata cannot be read: {ex.Message}");
        }
    }

    private static string DetectionsNote(EvidenceInput input) => input.Rgb is { } rgb
        ? string.Create(CultureInfo.InvariantCulture, $"{rgb.Detections.Count} detector box(es) on the RGB image; those reaching into the crop are drawn")
        : "the detector did not run on the RGB image (no model configured or no RGB image): no boxes to draw";

    /// <summary>"thermal-X-Y" (the hottest pixel) or "visual-X-Y" (the box centre), unique within the capture.</summary>
    private static string SightingKey(Sighting sighting, int index, HashSet<string> used)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{sighting.Kind}-{(int)(sighting.PixelX ?? -1)}-{(int)(sighting.PixelY ?? -1)}");
        if (!used.Add(key))
        {
            key = string.Create(CultureInfo.InvariantCulture, $"{key}-{index}");
            used.Add(key);
        }

        return key.Replace("--", "-m", StringComparison.Ordinal);
    }
}
