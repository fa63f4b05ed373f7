using DroneInspect.Synthetic.Geometry;

namespace DroneInspect.Synthetic.Scene;

/// <summary>
/// Builds the 10 kV feeder F3: eight poles with crossarms, pin insulators, clamps and connectors per phase, sagging
/// conductors, and the pole-mounted transformer T-F3-05.
/// </summary>
internal static class FeederBuilder
{
    public const string LineId = "F3";
    public const string TransformerId = "T-F3-05";
    public const int PoleCount = 8;
    public const double PhaseSpacingMeters = 0.7;
    public const double AttachmentBelowTopMeters = 0.3;
    public const double SagMeters = 0.9;
    private const double CrossarmBelowTopMeters = 0.47;
    private const double InsulatorBottomBelowTopMeters = 0.45;
    private const double ComponentOffsetAlongLineMeters = 0.3;
    public static readonly string[] Phases = ["A", "B", "C"];

    public static void Build(SceneParts parts, Random random)
    {
        var bases = new Vec3[PoleCount];
        var heights = new double[PoleCount];
        double e = -210;
        for (int i = 0; i < PoleCount; i++)
        {
            bases[i] = new Vec3(e, -2 + random.NextDouble() * 4, 0);
            heights[i] = Math.Round(10.2 + random.NextDouble() * 1.6, 1);
            e += 55 + random.NextDouble() * 12;
        }

        var ids = new List<string>();
        for (int i = 0; i < PoleCount; i++)
        {
            string id = $"P-F3-{i + 1:00}";
            ids.Add(id);
            var along = (bases[Math.Min(i + 1, PoleCount - 1)] - bases[Math.Max(i - 1, 0)]).Normalized();
            var lateral = new Vec3(-along.N, along.E, 0); // left of the line direction (north for an eastward line)
            bool wood = i < 4;
            parts.Supports.Add(new SupportModel(id, "pole", wood ? "wood" : "concrete", bases[i], heights[i],
                heights[i] - AttachmentBelowTopMeters));
            AddPole(parts, id, bases[i], heights[i], along, lateral, wood);
            if (i == 4)
            {
                AddTransformer(parts, id, bases[i], heights[i], along, lateral);
            }
        }

        double meanAttachment = heights.Average() - AttachmentBelowTopMeters;
        parts.Lines.Add(new LineModel(LineId, LineId, 10, ids, PhaseSpacingMeters, Math.Round(meanAttachment, 2), SagMeters));
        for (int i = 0; i + 1 < PoleCount; i++)
        {
            foreach (var phase in Phases)
            {
                parts.AddConductor(parts.Component(ids[i], "attachment", phase), parts.Component(ids[i + 1], "attachment", phase),
                    SagMeters, 0.009, DefectPlan.ComponentTemperatureCelsius(LineId, "conductor"), 16);
            }
        }
    }

    private static void AddPole(SceneParts parts, string id, Vec3 foot, double height, Vec3 along, Vec3 lateral, bool wood)
    {
        var up = new Vec3(0, 0, 1);
        double structureC = DefectPlan.ComponentTemperatureCelsius(id, "structure");
        parts.Strokes.Add(new Stroke(foot, foot + up * (height - 0.35), 0.14, wood ? Material.Wood : Material.Concrete, structureC));
        var armCentre = foot + up * (height - CrossarmBelowTopMeters);
        parts.Strokes.Add(new Stroke(armCentre - lateral * 0.95, armCentre + lateral * 0.95, 0.05,
            wood ? Material.Wood : Material.Steel, structureC));
        parts.ComponentPositions[SceneParts.Key(id, "crossarm", null)] = armCentre;
        for (int p = 0; p < Phases.Length; p++)
        {
            string phase = Phases[p];
            var offset = lateral * ((p - 1) * PhaseSpacingMeters);
            var attach = foot + offset + up * (height - AttachmentBelowTopMeters);
            var insulatorBottom = foot + offset + up * (height - InsulatorBottomBelowTopMeters);
            parts.Strokes.Add(new Stroke(insulatorBottom, attach, 0.06, Material.Porcelain,
                DefectPlan.ComponentTemperatureCelsius(id, "insulator")));
            var clamp = attach + along * ComponentOffsetAlongLineMeters;
            parts.Strokes.Add(new Stroke(clamp - along * 0.08, clamp + along * 0.08, 0.045, Material.Aluminium,
                DefectPlan.ComponentTemperatureCelsius(id, "clamp")));
            var connector = attach - along * ComponentOffsetAlongLineMeters;
            parts.Strokes.Add(new Stroke(connector - along * 0.08, connector + along * 0.08, 0.04, Material.Steel,
                DefectPlan.ComponentTemperatureCelsius(id, "connector")));
            parts.ComponentPositions[SceneParts.Key(id, "attachment", phase)] = attach;
            parts.ComponentPositions[SceneParts.Key(id, "insulator", phase)] = insulatorBottom.Lerp(attach, 0.5);
            parts.ComponentPositions[SceneParts.Key(id, "clamp", phase)] = clamp;
            parts.ComponentPositions[SceneParts.Key(id, "connector", phase)] = connector;
        }
    }

    private static void AddTransformer(SceneParts parts, string poleId, Vec3 foot, double height, Vec3 along, Vec3 lateral)
    {
        var up = new Vec3(0, 0, 1);
        double mountHeight = Math.Round(height - CrossarmBelowTopMeters - 1.5, 2);
        var tankTop = foot - lateral * 0.55 + up * mountHeight;
        parts.Transformer = new TransformerModel(TransformerId, poleId, tankTop, mountHeight, 100, LineId, 10);
        parts.Strokes.Add(new Stroke(tankTop - up * 1.0, tankTop, 0.36, Material.TransformerTank,
            DefectPlan.ComponentTemperatureCelsius(TransformerId, "tank")));
        parts.Strokes.Add(new Stroke(foot + up * (mountHeight - 0.5), tankTop - up * 0.5, 0.05, Material.Steel,
            DefectPlan.ComponentTemperatureCelsius(TransformerId, "structure")));
        for (int p = 0; p < Phases.Length; p++)
        {
            var bushingFoot = tankTop + along * ((p - 1) * 0.22);
            var terminal = bushingFoot + up * 0.25;
            parts.Strokes.Add(new Stroke(bushingFoot, terminal, 0.045, Material.Porcelain,
                DefectPlan.ComponentTemperatureCelsius(TransformerId, "bushing")));
            parts.ComponentPositions[SceneParts.Key(TransformerId, "bushing", Phases[p])] = terminal;
            parts.Strokes.Add(new Stroke(terminal, parts.Component(poleId, "attachment", Phases[p]) - along * 0.5, 0.007,
                Material.Aluminium, DefectPlan.ComponentTemperatureCelsius(TransformerId, "conductor")));
        }
    }
}
