using DroneInspect.Synthetic.Geometry;

namespace DroneInspect.Synthetic.Scene;

/// <summary>The pieces a scene is assembled from, with named component positions for placing defects.</summary>
internal sealed class SceneParts
{
    public List<SupportModel> Supports { get; } = [];

    public List<LineModel> Lines { get; } = [];

    public List<Stroke> Strokes { get; } = [];

    public Dictionary<string, Vec3> ComponentPositions { get; } = [];

    public TransformerModel? Transformer { get; set; }

    public static string Key(string assetId, string component, string? phase) => $"{assetId}|{component}|{phase}";

    public Vec3 Component(string assetId, string component, string? phase) =>
        ComponentPositions.TryGetValue(Key(assetId, component, phase), out var p)
            ? p
            : throw new InvalidOperationException($"The scene has no {component} on {assetId} phase {phase}.");

    /// <summary>Adds a sagging conductor between two attachment points as a chain of strokes (parabolic sag).</summary>
    public void AddConductor(Vec3 from, Vec3 to, double sagMeters, double radiusMeters, double temperatureCelsius, int segments)
    {
        var previous = from;
        for (int i = 1; i <= segments; i++)
        {
            var next = ConductorPoint(from, to, sagMeters, (double)i / segments);
            Strokes.Add(new Stroke(previous, next, radiusMeters, Material.Aluminium, temperatureCelsius));
            previous = next;
        }
    }

    /// <summary>Point on a sagging conductor at fraction <paramref name="t"/> of the span.</summary>
    public static Vec3 ConductorPoint(Vec3 from, Vec3 to, double sagMeters, double t) =>
        from.Lerp(to, t) + new Vec3(0, 0, -4 * sagMeters * t * (1 - t));
}
