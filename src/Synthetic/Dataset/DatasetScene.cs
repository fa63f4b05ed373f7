using DroneInspect.Synthetic.Geometry;
using DroneInspect.Synthetic.Scene;

namespace DroneInspect.Synthetic.Dataset;

/// <summary>
/// A scene for the detection dataset: the sample flight's feeder and 110 kV span (their own random layout per seed),
/// plus visual defects placed at random components, and the list of objects to label with their 3-D extents.
/// </summary>
internal sealed class DatasetScene
{
    private static readonly Vec3 Up = new(0, 0, 1);

    private DatasetScene(SceneModel model, List<LabeledObject> objects)
    {
        Model = model;
        Objects = objects;
    }

    public SceneModel Model { get; }

    public IReadOnlyList<LabeledObject> Objects { get; }

    public static DatasetScene Build(Random random)
    {
        var parts = new SceneParts();
        FeederBuilder.Build(parts, random);
        TransmissionBuilder.Build(parts, random);
        var objects = new List<LabeledObject>();
        foreach (var support in parts.Supports)
        {
            if (support.Kind == "pole")
            {
                AddPoleObjects(parts, support, objects);
            }
            else
            {
                AddTowerObjects(parts, support, objects);
            }
        }

        AddTransformer(parts, objects);
        RandomDefects.Add(parts, random, objects);
        var defects = DefectPlan.Hotspots.Select(spec => new PlantedDefect(spec.Id, "thermal", spec.AssetId, spec.Component,
            spec.Phase, null, parts.Component(spec.AssetId, spec.Component, spec.Phase), spec.TemperatureCelsius,
            spec.ReferenceTemperatureCelsius)).ToList();
        var frame = new LocalFrame(SceneBuilder.OriginLongitudeDegrees, SceneBuilder.OriginLatitudeDegrees, SceneBuilder.GroundElevationMeters);
        var model = new SceneModel(frame, DefectPlan.AmbientTemperatureCelsius, parts.Supports, parts.Lines,
            parts.Transformer ?? throw new InvalidOperationException("The feeder builder placed no transformer."), parts.Strokes, defects);
        return new DatasetScene(model, objects);
    }

    /// <summary>Direction along the line at a pole (from its connector to its clamp) and across it (phase A to C).</summary>
    internal static (Vec3 Along, Vec3 Lateral) PoleAxes(SceneParts parts, string poleId)
    {
        var along = (parts.Component(poleId, "clamp", "A") - parts.Component(poleId, "connector", "A")).Normalized();
        var lateral = (parts.Component(poleId, "attachment", "C") - parts.Component(poleId, "attachment", "A")).Normalized();
        return (along, lateral);
    }

    private static void AddPoleObjects(SceneParts parts, SupportModel pole, List<LabeledObject> objects)
    {
        var (along, lateral) = PoleAxes(parts, pole.Id);
        var arm = parts.Component(pole.Id, "crossarm", null);
        var extent = new List<ExtentSegment>
        {
            new(pole.Base, pole.Base + Up * (pole.HeightMeters - 0.35), 0.14),
            new(arm - lateral * 0.95, arm + lateral * 0.95, 0.05),
        };
        foreach (string phase in FeederBuilder.Phases)
        {
            var attach = parts.Component(pole.Id, "attachment", phase);
            var insulator = new ExtentSegment(attach - Up * 0.15, attach, 0.06);
            var clamp = parts.Component(pole.Id, "clamp", phase);
            var clampSegment = new ExtentSegment(clamp - along * 0.08, clamp + along * 0.08, 0.045);
            var connector = parts.Component(pole.Id, "connector", phase);
            extent.Add(insulator);
            extent.Add(clampSegment);
            extent.Add(new ExtentSegment(connector - along * 0.08, connector + along * 0.08, 0.04));
            objects.Add(new LabeledObject(DetectionClasses.Insulator, [insulator], attach - Up * 0.075));
            objects.Add(new LabeledObject(DetectionClasses.Clamp, [clampSegment], clamp));
        }

        objects.Add(new LabeledObject(DetectionClasses.Pole, extent, pole.Base + Up * (pole.HeightMeters / 2)));
    }

    private static void AddTowerObjects(SceneParts parts, SupportModel tower, List<LabeledObject> objects)
    {
        var other = parts.Supports.First(s => s.Kind == "tower" && s.Id != tower.Id);
        var along = (other.Base - tower.Base).Normalized();
        var lateral = new Vec3(-along.N, along.E, 0);
        var extent = new List<ExtentSegment>();
        foreach (var (a, l) in new[] { (1, 1), (1, -1), (-1, -1), (-1, 1) })
        {
            var foot = tower.Base + along * (3.0 * a) + lateral * (3.0 * l);
            var top = tower.Base + along * (0.3 * a) + lateral * (0.3 * l) + Up * TransmissionBuilder.TowerHeightMeters;
            extent.Add(new ExtentSegment(foot, top, 0.07));
        }

        foreach (string phase in new[] { "A", "B", "C" })
        {
            var tip = parts.Component(tower.Id, "crossarm", phase);
            var bottom = parts.Component(tower.Id, "attachment", phase);
            var root = new Vec3(tower.Base.E, tower.Base.N, tip.U);
            extent.Add(new ExtentSegment(root, tip, 0.08));
            var insulator = new ExtentSegment(tip, bottom, 0.13);
            extent.Add(insulator);
            objects.Add(new LabeledObject(DetectionClasses.Insulator, [insulator], tip.Lerp(bottom, 0.5)));
        }

        objects.Add(new LabeledObject(DetectionClasses.Tower, extent, tower.Base + Up * (TransmissionBuilder.TowerHeightMeters / 2)));
        if (tower.Id == TransmissionBuilder.MissingDiscTower)
        {
            var gap = parts.Component(tower.Id, "missing-disc", TransmissionBuilder.MissingDiscPhase);
            objects.Add(RandomDefects.MissingDiscObject(gap));
        }
    }

    private static void AddTransformer(SceneParts parts, List<LabeledObject> objects)
    {
        var t = parts.Transformer ?? throw new InvalidOperationException("The feeder builder placed no transformer.");
        var (along, _) = PoleAxes(parts, t.PoleId);
        var extent = new List<ExtentSegment> { new(t.Position - Up * 1.0, t.Position, 0.36) };
        for (int p = 0; p < 3; p++)
        {
            var foot = t.Position + along * ((p - 1) * 0.22);
            extent.Add(new ExtentSegment(foot, foot + Up * 0.25, 0.045));
        }

        objects.Add(new LabeledObject(DetectionClasses.Transformer, extent, t.Position - Up * 0.4));
    }
}
