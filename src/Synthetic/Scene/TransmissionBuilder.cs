using DroneInspect.Synthetic.Geometry;

namespace DroneInspect.Synthetic.Scene;

/// <summary>
/// Builds the 110 kV span L110-A: two lattice towers ~300 m apart, suspension strings of glass discs, three sagging
/// conductors. One disc is left out of a string (the planted missing-disc defect).
/// </summary>
internal static class TransmissionBuilder
{
    public const string LineId = "L110-A";
    public const double TowerHeightMeters = 30.0;
    public const double StringLengthMeters = 1.8;
    public const double SagMeters = 6.0;
    public const int DiscsPerString = 8;
    public const string MissingDiscTower = "T110-01";
    public const string MissingDiscPhase = "B";
    public const int MissingDiscIndex = 4;
    private const double DiscSpacingMeters = 0.2;

    // Arm height above ground and lateral offset of each phase's arm tip.
    private static readonly (string Phase, double ArmHeightMeters, double LateralMeters)[] Arms =
        [("A", 22.0, -5.0), ("B", 22.0, 5.0), ("C", 26.5, -4.0)];

    public static void Build(SceneParts parts, Random random)
    {
        var first = new Vec3(-150 + random.NextDouble() * 4, 70 + random.NextDouble() * 4, 0);
        var second = new Vec3(150 + random.NextDouble() * 4, 76 + random.NextDouble() * 4, 0);
        var along = (second - first).Normalized();
        var lateral = new Vec3(-along.N, along.E, 0);
        string[] ids = ["T110-01", "T110-02"];
        var feet = new[] { first, second };
        for (int t = 0; t < 2; t++)
        {
            parts.Supports.Add(new SupportModel(ids[t], "tower", "lattice", feet[t], TowerHeightMeters, 22.0 - StringLengthMeters));
            AddTower(parts, ids[t], feet[t], along, lateral);
        }

        parts.Lines.Add(new LineModel(LineId, LineId, 110, ids, 5.0, 22.0 - StringLengthMeters, SagMeters));
        foreach (var arm in Arms)
        {
            parts.AddConductor(parts.Component(ids[0], "attachment", arm.Phase), parts.Component(ids[1], "attachment", arm.Phase),
                SagMeters, 0.014, DefectPlan.ComponentTemperatureCelsius(LineId, "conductor") + 1.0, 40);
        }
    }

    private static void AddTower(SceneParts parts, string id, Vec3 foot, Vec3 along, Vec3 lateral)
    {
        var up = new Vec3(0, 0, 1);
        double steelC = DefectPlan.ComponentTemperatureCelsius(id, "structure");
        // Leg half-widths at heights: base, waist (arms), peak.
        (double HeightMeters, double HalfWidthMeters)[] levels = [(0, 3.0), (6, 2.3), (12, 1.6), (18, 1.0), (22, 0.8), (26.5, 0.6), (TowerHeightMeters, 0.3)];
        (int A, int L)[] corners = [(1, 1), (1, -1), (-1, -1), (-1, 1)];
        Vec3 Corner(int level, int c) =>
            foot + along * (corners[c].A * levels[level].HalfWidthMeters) + lateral * (corners[c].L * levels[level].HalfWidthMeters)
                 + up * levels[level].HeightMeters;
        for (int level = 0; level + 1 < levels.Length; level++)
        {
            for (int c = 0; c < 4; c++)
            {
                int n = (c + 1) % 4;
                parts.Strokes.Add(new Stroke(Corner(level, c), Corner(level + 1, c), 0.07, Material.Steel, steelC));
                parts.Strokes.Add(new Stroke(Corner(level, c), Corner(level + 1, n), 0.03, Material.Steel, steelC));
                parts.Strokes.Add(new Stroke(Corner(level, n), Corner(level + 1, c), 0.03, Material.Steel, steelC));
                parts.Strokes.Add(new Stroke(Corner(level + 1, c), Corner(level + 1, n), 0.035, Material.Steel, steelC));
            }
        }

        foreach (var arm in Arms)
        {
            var root = foot + up * arm.ArmHeightMeters;
            var tip = root + lateral * arm.LateralMeters;
            parts.Strokes.Add(new Stroke(root + lateral * Math.Sign(arm.LateralMeters) * 0.6, tip, 0.08, Material.Steel, steelC));
            parts.Strokes.Add(new Stroke(root + lateral * Math.Sign(arm.LateralMeters) * 0.6 + up * 1.6, tip, 0.04, Material.Steel, steelC));
            parts.ComponentPositions[SceneParts.Key(id, "crossarm", arm.Phase)] = tip;
            AddString(parts, id, arm.Phase, tip);
        }
    }

    private static void AddString(SceneParts parts, string id, string phase, Vec3 armTip)
    {
        var up = new Vec3(0, 0, 1);
        double insulatorC = DefectPlan.ComponentTemperatureCelsius(id, "insulator");
        var bottom = armTip - up * StringLengthMeters;
        parts.Strokes.Add(new Stroke(armTip, bottom, 0.018, Material.Steel, insulatorC));
        for (int d = 0; d < DiscsPerString; d++)
        {
            var centre = armTip - up * (0.2 + d * DiscSpacingMeters);
            if (id == MissingDiscTower && phase == MissingDiscPhase && d == MissingDiscIndex)
            {
                parts.ComponentPositions[SceneParts.Key(id, "missing-disc", phase)] = centre;
                continue;
            }

            parts.Strokes.Add(new Stroke(centre + up * 0.025, centre - up * 0.025, 0.13, Material.Glass, insulatorC));
        }

        parts.ComponentPositions[SceneParts.Key(id, "insulator", phase)] = armTip.Lerp(bottom, 0.5);
        parts.ComponentPositions[SceneParts.Key(id, "attachment", phase)] = bottom;
    }
}
