using static TorchSharp.torch;

namespace DroneInspect.Train.Model;

/// <summary>Constant tensors of the box decoding, shared by training, inference and the ONNX export.</summary>
public static class DecodeGrid
{
    /// <summary>Matrix taking (l, t, r, b) to (cx - gx, cy - gy, w, h): row-major 4 x 4.</summary>
    public static readonly float[] LtrbToXywhValues =
        [-0.5f, 0, 0.5f, 0, 0, -0.5f, 0, 0.5f, 1, 0, 1, 0, 0, 1, 0, 1];

    /// <summary>Cell centres in pixels, per cell in output order: (x, y).</summary>
    public static (float[] X, float[] Y, float[] Stride) CellTable(int inputSize)
    {
        var xs = new List<float>();
        var ys = new List<float>();
        var ss = new List<float>();
        foreach (int s in TinyDetector.Strides)
        {
            int n = inputSize / s;
            for (int gy = 0; gy < n; gy++)
            {
                for (int gx = 0; gx < n; gx++)
                {
                    xs.Add((gx + 0.5f) * s);
                    ys.Add((gy + 0.5f) * s);
                    ss.Add(s);
                }
            }
        }

        return (xs.ToArray(), ys.ToArray(), ss.ToArray());
    }

    /// <summary>[4, N]: rows gx, gy, 0, 0.</summary>
    public static float[] GridValues(int inputSize)
    {
        var (x, y, _) = CellTable(inputSize);
        var values = new float[4 * x.Length];
        x.CopyTo(values, 0);
        y.CopyTo(values, x.Length);
        return values;
    }

    public static Tensor Centres(int inputSize)
    {
        var values = GridValues(inputSize);
        return tensor(values, [1, 4, values.Length / 4]);
    }

    public static Tensor StridePerCell(int inputSize)
    {
        var (_, _, s) = CellTable(inputSize);
        return tensor(s, [1, 1, s.Length]);
    }

    public static Tensor LtrbToXywh() => tensor(LtrbToXywhValues, [4, 4]);
}
