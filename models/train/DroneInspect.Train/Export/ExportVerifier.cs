using DroneInspect.Synthetic.Dataset;
using DroneInspect.Train.Model;
using DroneInspect.Train.Training;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using static TorchSharp.torch;

namespace DroneInspect.Train.Export;

/// <summary>Runs the same inputs through TorchSharp (eval mode) and ONNX Runtime and reports the largest difference.</summary>
public static class ExportVerifier
{
    public const double Tolerance = 1e-4;

    /// <summary>Largest absolute difference over all outputs of the held-out images in <paramref name="seeds"/>.</summary>
    public static double MaxAbsDifference(TinyDetector model, byte[] onnx, IReadOnlyList<int> seeds)
    {
        model.eval();
        var renderer = new DetectionDatasetRenderer(model.InputSize);
        var samples = seeds.Select(renderer.Render).ToList();
        float[] images = BatchSource.ToChw(samples, model.InputSize);
        long[] shape = [samples.Count, 3, model.InputSize, model.InputSize];
        float[] expected;
        using (no_grad())
        using (var input = tensor(images, shape))
        using (var output = model.forward(input))
        {
            expected = output.contiguous().data<float>().ToArray();
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

        double max = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            max = Math.Max(max, Math.Abs(actual[i] - expected[i]));
        }

        return max;
    }
}
