using DroneInspect.Synthetic.Geometry;

namespace DroneInspect.Synthetic.Scene;

/// <summary>Adds the visible defects (bird nest, broken strand, flashover mark) and records all visual defects.</summary>
internal static class VisualDefectBuilder
{
    public static IEnumerable<PlantedDefect> Build(SceneParts parts, Random random)
    {
        var up = new Vec3(0, 0, 1);

        var missingDisc = parts.Component(TransmissionBuilder.MissingDiscTower, "missing-disc", TransmissionBuilder.MissingDiscPhase);
        yield return Visual("D-VI-01", TransmissionBuilder.MissingDiscTower, "insulator", TransmissionBuilder.MissingDiscPhase,
            "missing-disc", missingDisc);

        var armA = parts.Component("P-F3-06", "attachment", "A");
        var armC = parts.Component("P-F3-06", "attachment", "C");
        var lateral = (armC - armA).Normalized();
        var nest = parts.Component("P-F3-06", "crossarm", null) - lateral * 0.38 + up * 0.16;
        double nestC = DefectPlan.ComponentTemperatureCelsius("P-F3-06", "nest");
        parts.Strokes.Add(new Stroke(nest, nest, 0.26, Material.Nest, nestC));
        for (int i = 0; i < 14; i++)
        {
            var from = nest + RandomDirection(random) * 0.2;
            var to = nest + RandomDirection(random) * 0.34;
            parts.Strokes.Add(new Stroke(from, to, 0.012, Material.Nest, nestC));
        }

        yield return Visual("D-VI-02", "P-F3-06", "crossarm", null, "bird-nest", nest);

        var strand = SceneParts.ConductorPoint(parts.Component("P-F3-02", "attachment", "A"),
            parts.Component("P-F3-03", "attachment", "A"), FeederBuilder.SagMeters, 0.3);
        double conductorC = DefectPlan.ComponentTemperatureCelsius(FeederBuilder.LineId, "conductor");
        parts.Strokes.Add(new Stroke(strand, strand, 0.035, Material.FrayedStrand, conductorC));
        for (int i = 0; i < 5; i++)
        {
            var tip = strand + RandomDirection(random) * (0.25 + 0.2 * random.NextDouble()) - up * 0.15;
            parts.Strokes.Add(new Stroke(strand, tip, 0.006, Material.FrayedStrand, conductorC));
        }

        yield return Visual("D-VI-03", FeederBuilder.LineId, "conductor", "A", "broken-strand", strand);

        var flashover = parts.Component("P-F3-07", "insulator", "C");
        double insulatorC = DefectPlan.ComponentTemperatureCelsius("P-F3-07", "insulator");
        parts.Strokes.Add(new Stroke(flashover + up * 0.05, flashover - up * 0.06, 0.075, Material.Scorch, insulatorC));
        parts.Strokes.Add(new Stroke(flashover, flashover - up * 0.2 - lateral * 0.25, 0.03, Material.Scorch, insulatorC));
        yield return Visual("D-VI-04", "P-F3-07", "insulator", "C", "flashover", flashover);
    }

    private static PlantedDefect Visual(string id, string assetId, string component, string? phase, string visualClass, Vec3 p) =>
        new(id, "visual", assetId, component, phase, visualClass, p, null, null);

    private static Vec3 RandomDirection(Random random)
    {
        var v = new Vec3(random.NextDouble() * 2 - 1, random.NextDouble() * 2 - 1, random.NextDouble() * 2 - 1);
        return v.Length < 1e-3 ? new Vec3(1, 0, 0) : v.Normalized();
    }
}
