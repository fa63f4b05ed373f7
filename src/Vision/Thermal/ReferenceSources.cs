namespace DroneInspect.Vision.Thermal;

/// <summary>Values of <see cref="GradedHotspot.ReferenceSource"/>.</summary>
public static class ReferenceSources
{
    public const string SimilarComponent = "similar-component";
    public const string Surroundings = "surroundings";
    public const string Ambient = "ambient";

    /// <summary>Counts maps only: the scene median stands in for ambient, which cannot be compared with counts.</summary>
    public const string SceneMedian = "scene-median";
}
