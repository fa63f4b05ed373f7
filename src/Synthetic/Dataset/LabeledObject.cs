using DroneInspect.Synthetic.Geometry;

namespace DroneInspect.Synthetic.Dataset;

/// <summary>A cylinder (or a sphere when both ends are equal) that bounds part of a labelled object, metres.</summary>
internal readonly record struct ExtentSegment(Vec3 From, Vec3 To, double RadiusMeters);

/// <summary>An object to label: its class and the 3-D segments whose projection gives its box.</summary>
internal sealed record LabeledObject(int ClassId, IReadOnlyList<ExtentSegment> Extent, Vec3 Centre);
