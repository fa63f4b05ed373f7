using DroneInspect.Synthetic.Geometry;
using DroneInspect.Synthetic.Scene;

namespace DroneInspect.Synthetic.Dataset;

/// <summary>Places visual defects (missing disc, bird nest, broken strand, flashover) at random components of a scene.</summary>
internal static class RandomDefects
{
    private const double DefectProbability = 0.7;
    private static readonly Vec3 Up = new(0, 0, 1);

    public static void Add(SceneParts parts, Random random, List<LabeledObject> objects)
    {
        var poles = parts.Supports.Where(s => s.Kind == "pole").ToList();
        string[] phases = ["A", "B", "C"];
        for (int i = 0, n = random.Next(1, 4); i < n; i++)
        {
            if (random.NextDouble() < DefectProbability)
            {
                AddNest(parts, random, poles[random.Next(poles.Count)].Id, objects);
            }

            if (random.NextDouble() < DefectProbability)
            {
                AddFlashover(parts, random, poles[random.Next(poles.Count)].Id, phases[random.Next(3)], objects);
            }

            if (random.NextDouble() < DefectProbability)
            {
                int span = random.Next(poles.Count - 1);
                AddBrokenStrand(parts, random, poles[span].Id, poles[span + 1].Id, phases[random.Next(3)], objects);
            }

            if (random.NextDouble() < DefectProbability)
            {
                RemoveDisc(parts, random, objects);
            }
        }
    }

    public static LabeledObject MissingDiscObject(Vec3 centre) =>
        new(DetectionClasses.MissingDisc, [new ExtentSegment(centre + Up * 0.05, centre - Up * 0.05, 0.13)], centre);

    private static void AddNest(SceneParts parts, Random random, string poleId, List<LabeledObject> objects)
    {
        var (_, lateral) = DatasetScene.PoleAxes(parts, poleId);
        double side = (random.NextDouble() < 0.5 ? -1 : 1) * (0.15 + 0.5 * random.NextDouble());
        var nest = parts.Component(poleId, "crossarm", null) + lateral * side + Up * 0.16;
        double radius = 0.2 + 0.1 * random.NextDouble();
        double nestC = DefectPlan.ComponentTemperatureCelsius(poleId, "nest");
        parts.Strokes.Add(new Stroke(nest, nest, radius, Material.Nest, nestC));
        for (int i = 0; i < 14; i++)
        {
            parts.Strokes.Add(new Stroke(nest + Direction(random) * (radius * 0.8), nest + Direction(random) * (radius * 1.3), 0.012,
                Material.Nest, nestC));
        }

        objects.Add(new LabeledObject(DetectionClasses.BirdNest, [new ExtentSegment(nest, nest, radius * 1.3)], nest));
    }

    private static void AddFlashover(SceneParts parts, Random random, string poleId, string phase, List<LabeledObject> objects)
    {
        var (_, lateral) = DatasetScene.PoleAxes(parts, poleId);
        var f = parts.Component(poleId, "attachment", phase) - Up * 0.075;
        var streakEnd = f - Up * (0.15 + 0.1 * random.NextDouble()) - lateral * ((random.NextDouble() - 0.5) * 0.5);
        double insulatorC = DefectPlan.ComponentTemperatureCelsius(poleId, "insulator");
        var scorch = new Stroke(f + Up * 0.05, f - Up * 0.06, 0.075, Material.Scorch, insulatorC);
        var streak = new Stroke(f, streakEnd, 0.03, Material.Scorch, insulatorC);
        parts.Strokes.Add(scorch);
        parts.Strokes.Add(streak);
        objects.Add(new LabeledObject(DetectionClasses.Flashover,
            [new ExtentSegment(scorch.From, scorch.To, 0.075), new ExtentSegment(streak.From, streak.To, 0.03)], f));
    }

    private static void AddBrokenStrand(SceneParts parts, Random random, string fromPole, string toPole, string phase, List<LabeledObject> objects)
    {
        double t = 0.15 + 0.7 * random.NextDouble();
        var strand = SceneParts.ConductorPoint(parts.Component(fromPole, "attachment", phase), parts.Component(toPole, "attachment", phase),
            FeederBuilder.SagMeters, t);
        double conductorC = DefectPlan.ComponentTemperatureCelsius(FeederBuilder.LineId, "conductor");
        parts.Strokes.Add(new Stroke(strand, strand, 0.035, Material.FrayedStrand, conductorC));
        var extent = new List<ExtentSegment> { new(strand, strand, 0.035) };
        for (int i = 0; i < 5; i++)
        {
            var tip = strand + Direction(random) * (0.25 + 0.2 * random.NextDouble()) - Up * 0.15;
            parts.Strokes.Add(new Stroke(strand, tip, 0.006, Material.FrayedStrand, conductorC));
            extent.Add(new ExtentSegment(strand, tip, 0.006));
        }

        objects.Add(new LabeledObject(DetectionClasses.BrokenStrand, extent, strand));
    }

    /// <summary>Takes one glass disc out of a random suspension string (the disc strokes are found by their centres).</summary>
    private static void RemoveDisc(SceneParts parts, Random random, List<LabeledObject> objects)
    {
        string tower = random.NextDouble() < 0.5 ? "T110-01" : "T110-02";
        string phase = new[] { "A", "B", "C" }[random.Next(3)];
        int index = random.Next(1, TransmissionBuilder.DiscsPerString - 1);
        var tip = parts.Component(tower, "crossarm", phase);
        var centre = tip - Up * (0.2 + index * 0.2);
        int found = parts.Strokes.FindIndex(s => s.Material == Material.Glass && (s.From.Lerp(s.To, 0.5) - centre).Length < 1e-6);
        if (found >= 0)
        {
            parts.Strokes.RemoveAt(found);
            objects.Add(MissingDiscObject(centre));
        }
    }

    private static Vec3 Direction(Random random)
    {
        var v = new Vec3(random.NextDouble() * 2 - 1, random.NextDouble() * 2 - 1, random.NextDouble() * 2 - 1);
        return v.Length < 1e-3 ? new Vec3(1, 0, 0) : v.Normalized();
    }
}
