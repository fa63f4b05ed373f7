namespace DroneInspect.Vision.Thermal;

/// <summary>An axis-aligned box in image pixels, inclusive of (X1, Y1), exclusive of (X2, Y2).</summary>
public sealed record PixelBox(float X1, float Y1, float X2, float Y2);

/// <summary>A connected region of a temperature map that stands out from its scene.</summary>
public sealed record HotRegion(
    int MaxX,
    int MaxY,
    double MaxTemperatureCelsius,
    double MeanTemperatureCelsius,
    int AreaPixels,
    PixelBox Box)
{
    /// <summary>The region touches the frame's edge: it may extend beyond the image, and its numbers cover only what is in view.</summary>
    public bool IsPartial { get; init; }
}
