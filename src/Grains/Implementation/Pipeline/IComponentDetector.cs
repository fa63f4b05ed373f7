using DroneInspect.Vision.Detection;

namespace DroneInspect.Grains.Pipeline;

/// <summary>Finds components (boxes in the image's own pixels); registered only when a detector model is configured.</summary>
public interface IComponentDetector
{
    IReadOnlyList<Detection> Detect(string imagePath);
}
