using DroneInspect.Vision.Detection;

namespace DroneInspect.Grains.Pipeline;

/// <summary>
/// Finds components and visual defects (boxes in the image's own pixels). <see cref="OnnxComponentDetector"/> is the
/// real one, loaded from InspectOptions.DetectorModelPath; a host or test may register its own instead.
/// </summary>
public interface IComponentDetector
{
    IReadOnlyList<Detection> Detect(string imagePath);
}
