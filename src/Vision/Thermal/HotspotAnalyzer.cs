using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Vision.Thermal;

/// <summary>Finds hot regions in an absolute temperature map and grades them.</summary>
public static class HotspotAnalyzer
{
    /// <param name="componentBoxes">Detected components on this map (thermal pixels), used for similar-component references; may be empty.</param>
    public static IReadOnlyList<GradedHotspot> Analyze(
        TemperatureMap map,
        double ambientTemperatureCelsius,
        IReadOnlyList<PixelBox> componentBoxes) => throw new NotImplementedException("Vision helper implements this.");
}
