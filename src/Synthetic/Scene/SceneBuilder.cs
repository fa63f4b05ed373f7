using DroneInspect.Synthetic.Geometry;

namespace DroneInspect.Synthetic.Scene;

/// <summary>Assembles the whole synthetic world for a seed: feeder F3, the 110 kV span and the planted defects.</summary>
internal static class SceneBuilder
{
    /// <summary>Origin of the local frame: farmland west of Zurich, Switzerland (degrees WGS84).</summary>
    public const double OriginLongitudeDegrees = 8.4712;
    public const double OriginLatitudeDegrees = 47.4156;
    public const double GroundElevationMeters = 400.0;

    public static SceneModel Build(int seed)
    {
        var random = new Random(seed);
        var parts = new SceneParts();
        FeederBuilder.Build(parts, random);
        TransmissionBuilder.Build(parts, random);
        var defects = new List<PlantedDefect>();
        foreach (var spec in DefectPlan.Hotspots)
        {
            defects.Add(new PlantedDefect(spec.Id, "thermal", spec.AssetId, spec.Component, spec.Phase, null,
                parts.Component(spec.AssetId, spec.Component, spec.Phase), spec.TemperatureCelsius, spec.ReferenceTemperatureCelsius));
        }

        defects.AddRange(VisualDefectBuilder.Build(parts, random));
        var frame = new LocalFrame(OriginLongitudeDegrees, OriginLatitudeDegrees, GroundElevationMeters);
        return new SceneModel(frame, DefectPlan.AmbientTemperatureCelsius, parts.Supports, parts.Lines,
            parts.Transformer ?? throw new InvalidOperationException("The feeder builder placed no transformer."),
            parts.Strokes, defects);
    }
}
