namespace DroneInspect.Synthetic.Dataset;

/// <summary>An exact ground-truth box in image pixels (x to the right, y down; x2, y2 exclusive edges).</summary>
public readonly record struct DetectionBox(int ClassId, float X1, float Y1, float X2, float Y2)
{
    public float WidthPixels => X2 - X1;

    public float HeightPixels => Y2 - Y1;
}

/// <summary>
/// One rendered training or evaluation image: <see cref="Rgb"/> holds SizePixels x SizePixels pixels, row-major,
/// three bytes per pixel in R, G, B order. Thermal samples are temperature maps drawn with a false-colour palette.
/// </summary>
public sealed record DetectionSample(int Seed, int SizePixels, byte[] Rgb, bool IsThermal, IReadOnlyList<DetectionBox> Boxes);
