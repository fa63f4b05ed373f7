using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Vision.Detection;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Grains.Evidence;

/// <summary>What the pipeline had in hand for one capture when it kept its evidence.</summary>
/// <param name="Overrides">The measurement overrides the thermal file was decoded with (part of the input key).</param>
public sealed record EvidenceInput(CapturePair Capture, Abstractions.ThermalOverrides? Overrides)
{
    /// <summary>The decoded thermal image; null when the capture has none.</summary>
    public ThermalScene? Thermal { get; init; }

    /// <summary>What the detector saw on the RGB image; null when it did not run there.</summary>
    public RgbScene? Rgb { get; init; }
}

/// <summary>A decoded thermal image and its graded hotspots, in the order of the capture's thermal sightings.</summary>
public sealed record ThermalScene(string FileName, TemperatureMap Map, CaptureMetadata Metadata, IReadOnlyList<GradedHotspot> Hotspots);

/// <summary>The RGB image's metadata, every detection on it, and the visual defects among them in the order of the capture's visual sightings.</summary>
public sealed record RgbScene(CaptureMetadata Metadata, IReadOnlyList<Detection> Detections, IReadOnlyList<Detection> Defects);
