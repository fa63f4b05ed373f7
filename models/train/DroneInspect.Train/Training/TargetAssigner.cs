using DroneInspect.Synthetic.Dataset;
using DroneInspect.Train.Model;

namespace DroneInspect.Train.Training;

/// <summary>A positive cell: image in the batch, cell index (output order) and the ground-truth box it regresses.</summary>
public readonly record struct PositiveCell(int Image, int Cell, DetectionBox Box);

/// <summary>
/// Centre-sampling assignment: each box goes to one of the stride 8, 16, 32 levels by its longer side (up to 64 px:
/// stride 8, up to 128 px: stride 16, else stride 32), and a thin or small box (short side up to 16 px, long side up
/// to 128 px) to the stride-4 level as well, where its edges fall on a finer grid; NMS keeps the better of the two
/// boxes at inference. On each of its levels, cells whose centres lie inside the box and within 2.5 strides of its
/// centre are positives, and the cell holding the centre always is. A cell claimed twice keeps the smaller box.
/// </summary>
public sealed class TargetAssigner(int inputSize)
{
    private const double CentreRadiusStrides = 2.5;
    private readonly int[] _levelOffsets = LevelOffsets(inputSize);

    public int CellCount { get; } = TinyDetector.Strides.Sum(s => (inputSize / s) * (inputSize / s));

    public const float FineShortSidePixels = 16;
    public const float FineLongSidePixels = 128;

    /// <summary>Indices into <see cref="TinyDetector.Strides"/> of the levels that learn this box.</summary>
    public static IEnumerable<int> LevelsFor(DetectionBox box)
    {
        float longSide = Math.Max(box.WidthPixels, box.HeightPixels), shortSide = Math.Min(box.WidthPixels, box.HeightPixels);
        if (shortSide <= FineShortSidePixels && longSide <= FineLongSidePixels)
        {
            yield return 0;
        }

        yield return longSide <= 64 ? 1 : longSide <= 128 ? 2 : 3;
    }

    public List<PositiveCell> Assign(int image, IReadOnlyList<DetectionBox> boxes)
    {
        var owner = new Dictionary<int, DetectionBox>();
        foreach (var (box, level) in boxes.SelectMany(b => LevelsFor(b).Select(level => (b, level))))
        {
            int stride = TinyDetector.Strides[level];
            int n = inputSize / stride;
            double cx = (box.X1 + box.X2) / 2, cy = (box.Y1 + box.Y2) / 2, radius = CentreRadiusStrides * stride;
            int centreX = Math.Clamp((int)(cx / stride), 0, n - 1), centreY = Math.Clamp((int)(cy / stride), 0, n - 1);
            for (int gy = 0; gy < n; gy++)
            {
                for (int gx = 0; gx < n; gx++)
                {
                    double px = (gx + 0.5) * stride, py = (gy + 0.5) * stride;
                    bool inside = px > box.X1 && px < box.X2 && py > box.Y1 && py < box.Y2
                        && Math.Abs(px - cx) < radius && Math.Abs(py - cy) < radius;
                    if (inside || (gx == centreX && gy == centreY))
                    {
                        int cell = _levelOffsets[level] + gy * n + gx;
                        if (!owner.TryGetValue(cell, out var other) || Area(box) < Area(other))
                        {
                            owner[cell] = box;
                        }
                    }
                }
            }
        }

        return owner.Select(kv => new PositiveCell(image, kv.Key, kv.Value)).ToList();
    }

    private static float Area(DetectionBox b) => b.WidthPixels * b.HeightPixels;

    private static int[] LevelOffsets(int inputSize)
    {
        var offsets = new int[TinyDetector.Strides.Length];
        for (int i = 1; i < offsets.Length; i++)
        {
            int n = inputSize / TinyDetector.Strides[i - 1];
            offsets[i] = offsets[i - 1] + n * n;
        }

        return offsets;
    }
}
