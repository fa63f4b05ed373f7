using DroneInspect.Vision.Thermal;

namespace DroneInspect.Vision.Detection;

/// <summary>One object the detector found, its box in the original image's pixels.</summary>
public sealed record Detection(string ClassName, int ClassId, float Score, PixelBox Box);
