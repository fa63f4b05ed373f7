using DroneInspect.Synthetic.Dataset;
using DroneInspect.Train.Model;
using DroneInspect.Train.Training;
using Microsoft.ML.OnnxRuntime;
using TorchSharp;
using Microsoft.ML.OnnxRuntime.Tensors;
using static TorchSharp.torch;

namespace DroneInspect.Train.Export;

/// <summary>Largest absolute differences between ONNX Runtime's output and TorchSharp's, for box coordinates (pixels) and class scores.</summary>
/// <remarks>
/// A float32 coordinate near 256 px is spaced 3e-5 px from its neighbours, so for boxes the gate is relative:
/// |difference| / max(1, |coordinate|); scores (0 to 1) are compared absolutely.
/// </remarks>
public readonly record struct ExportDifference(double BoxPixels, double BoxRelative, double Scores)
{
    public bool Within(double tolerance) => BoxRelative <= tolerance && Scores <= tolerance;
}

/// <summary>
/// Runs the same inputs through TorchSharp (eval mode; in float32, or in float64 as the exact reference) and ONNX Runtime
/// (float32) and reports the largest differences.
/// </summary>
public static class ExportVerifier
{
    public const double Tolerance = 1e-4;

    /// <summary>Largest absolute differences over all outputs of the held-out images in <paramref name="seeds"/>.</summary>
    /// <param name="model">Left in eval mode, converted to <paramref name="precision"/>.</param>
    public static ExportDifference Compare(TinyDetector model, byte[] onnx, IReadOnlyList<int> seeds, ScalarType precision)
    {
        model.eval();
        model.to(precision);
        var renderer = new DetectionDatasetRenderer(model.InputSize);
        var samples = seeds.Select(renderer.Render).ToList();
        float[] images = BatchSource.ToChw(samples, model.InputSize);
        long[] shape = [samples.Count, 3, model.InputSize, model.InputSize];
        float[] expected;
        using (no_grad())
        using (var input = tensor(images, shape).to(precision))
        using (var output = model.forward(input))
        using (var asFloat = output.to(ScalarType.Float32).contiguous())
        {
            expected = asFloat.data<float>().ToArray();
        }

        using var options = new SessionOptions { IntraOpNumThreads = 2 };
        using var session = new InferenceSession(onnx, options);
        var inputTensor = new DenseTensor<float>(images, shape.Select(d => (int)d).ToArray());
        using var results = session.Run([NamedOnnxValue.CreateFromTensor(DetectorExporter.InputName, inputTensor)]);
        float[] actual = results.First().AsEnumerable<float>().ToArray();
        if (actual.Length != expected.Length)
        {
            throw new InvalidOperationException($"ONNX output has {actual.Length} values, TorchSharp {expected.Length}.");
        }

        // Output [B, 4 + nc, N]: the first 4 rows of each image are box coordinates, the rest class scores.
        int cells = actual.Length / samples.Count / (4 + model.ClassCount);
        double box = 0, boxRelative = 0, scores = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            double d = Math.Abs((double)actual[i] - expected[i]);
            bool isBox = i / cells % (4 + model.ClassCount) < 4;
            box = isBox ? Math.Max(box, d) : box;
            boxRelative = isBox ? Math.Max(boxRelative, d / Math.Max(1, Math.Abs((double)expected[i]))) : boxRelative;
            scores = isBox ? scores : Math.Max(scores, d);
        }

        return new ExportDifference(box, boxRelative, scores);
    }
}
