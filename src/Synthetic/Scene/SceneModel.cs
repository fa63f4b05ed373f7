using DroneInspect.Synthetic.Geometry;

namespace DroneInspect.Synthetic.Scene;

/// <summary>What a stroke is made of: decides its colour in RGB.</summary>
internal enum Material
{
    Wood,
    Concrete,
    Steel,
    Aluminium,
    Porcelain,
    Glass,
    TransformerTank,
    Nest,
    Scorch,
    FrayedStrand,
}

/// <summary>
/// A drawable cylinder between two points (a sphere when both are equal), with its surface temperature.
/// Every renderer draws the same strokes, so RGB and thermal agree.
/// </summary>
internal readonly record struct Stroke(Vec3 From, Vec3 To, double RadiusMeters, Material Material, double TemperatureCelsius);

/// <summary>A pole or tower. <paramref name="Base"/> is its foot on the ground.</summary>
internal sealed record SupportModel(string Id, string Kind, string Type, Vec3 Base, double HeightMeters, double AttachmentHeightMeters);

internal sealed record LineModel(
    string Id,
    string Feeder,
    double VoltageKv,
    IReadOnlyList<string> SupportIds,
    double PhaseSpacingMeters,
    double AttachmentHeightMeters,
    double SagMeters);

/// <summary>Pole-mounted transformer; <paramref name="Position"/> is the top centre of its tank.</summary>
internal sealed record TransformerModel(
    string Id, string PoleId, Vec3 Position, double MountHeightMeters, double RatingKva, string Feeder, double VoltageKv);

/// <summary>A defect planted in the scene, with its world position and (thermal only) temperatures.</summary>
internal sealed record PlantedDefect(
    string Id,
    string Kind,
    string AssetId,
    string Component,
    string? Phase,
    string? VisualClass,
    Vec3 Position,
    double? TemperatureCelsius,
    double? ReferenceTemperatureCelsius);

internal sealed record SceneModel(
    LocalFrame Frame,
    double AmbientTemperatureCelsius,
    IReadOnlyList<SupportModel> Supports,
    IReadOnlyList<LineModel> Lines,
    TransformerModel Transformer,
    IReadOnlyList<Stroke> Strokes,
    IReadOnlyList<PlantedDefect> Defects);
