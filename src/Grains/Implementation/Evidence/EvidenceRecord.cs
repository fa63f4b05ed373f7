using DroneInspect.Vision.Detection;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Grains.Evidence;

/// <summary>What one sighting's evidence folder holds; written as its evidence.json (<see cref="EvidenceJson"/>).</summary>
/// <param name="Unit">"celsius" or "counts" (the tile's and the image scale's unit); null for a visual sighting.</param>
public sealed record EvidenceRecord(string EvidenceId, string CaptureId, string SightingKind, string? Unit)
{
    public string? ThermalFileName { get; init; }

    public int? FrameWidth { get; init; }

    public int? FrameHeight { get; init; }

    public GradedHotspot? Hotspot { get; init; }

    public ThermalImageFile? ThermalImage { get; init; }

    public TileFile? Tile { get; init; }

    /// <summary>Why there is no thermal image and tile (a visual sighting, a write that failed); null when they are there.</summary>
    public string? ThermalNote { get; init; }

    public string? RgbFileName { get; init; }

    public RgbCropFile? RgbCrop { get; init; }

    /// <summary>The detection the visual sighting is (null for thermal sightings).</summary>
    public Detection? Defect { get; init; }

    /// <summary>How the crop's target was located on the RGB image.</summary>
    public string? RgbMethod { get; init; }

    /// <summary>Why there is no RGB crop (no paired RGB capture, no pose to map through...); null when it is there.</summary>
    public string? RgbNote { get; init; }

    /// <summary>Whether a detector ran on the RGB image, and so whether its boxes could be drawn.</summary>
    public string? DetectionsNote { get; init; }
}
