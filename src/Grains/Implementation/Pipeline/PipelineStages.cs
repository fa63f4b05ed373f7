using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Placement;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Grains.Pipeline;

/// <summary>
/// The library calls the pipeline chains. <see cref="For"/> gives the real ones; tests give their own to exercise the
/// pipeline's order and bookkeeping without camera files.
/// </summary>
public sealed record PipelineStages(
    Func<string, CaptureMetadata> ReadMetadata,
    Func<string, ThermalImage> DecodeThermal,
    Func<TemperatureMap, double, IReadOnlyList<PixelBox>, IReadOnlyList<GradedHotspot>> GradeHotspots,
    Func<CameraView, double, double, Placement> Place)
{
    /// <summary>
    /// Decodes with the user's measurement overrides (the library's <see cref="ThermalDecoder.Decode(string, RadiometricOverrides?)"/>).
    /// Null in stages that have none: a capture with overrides then says they were not applied.
    /// </summary>
    public Func<string, RadiometricOverrides, ThermalImage>? DecodeThermalWithOverrides { get; init; }

    /// <summary>
    /// Grades with each component's equipment kind (the detector's class) selecting the grading rows, and the pipeline's
    /// answer to whether asset-network equipment is in view at a region (null: unknown, no phase rows); null falls back
    /// to <see cref="GradeHotspots"/> with bare boxes (every component the default kind).
    /// </summary>
    public Func<TemperatureMap, double, IReadOnlyList<ThermalComponent>, Func<HotRegion, bool>?, IReadOnlyList<GradedHotspot>>? GradeComponents { get; init; }

    /// <summary>
    /// The library stages; the locator (built once per network and shared, see <see cref="Capture.AssetNetworkCache"/>)
    /// is asked for only when a sighting needs placing.
    /// </summary>
    public static PipelineStages For(Func<SightingLocator> locator)
    {
        return new PipelineStages(
            CaptureMetadataReader.Read,
            path => ThermalDecoder.Decode(path),
            HotspotAnalyzer.Analyze,
            (view, x, y) => locator().Locate(view, x, y))
        {
            DecodeThermalWithOverrides = (path, overrides) => ThermalDecoder.Decode(path, overrides),
            GradeComponents = (map, ambient, components, onNetwork) =>
                HotspotAnalyzer.Analyze(map, ambient, components, HotspotAnalysisOptions.Default with { OnNetworkEquipment = onNetwork }),
        };
    }
}
