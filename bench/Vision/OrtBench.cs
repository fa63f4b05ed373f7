using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace DroneInspect.Bench.Vision;

/// <summary>Images per second of ONNX Runtime for .NET on prepared tensors: one image per run, session options as the node script's.</summary>
internal static class OrtBench
{
    public static SessionOptions Options(int threads) => new()
    {
        IntraOpNumThreads = threads,
        InterOpNumThreads = 1,
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
    };

    /// <summary>The model's input and output names and its input size (a dynamic side counts as 640).</summary>
    public static (string Input, string Output, int Width, int Height) Describe(string modelPath)
    {
        using var options = Options(1);
        using var session = new InferenceSession(modelPath, options);
        var input = session.InputMetadata.First();
        int[] dims = input.Value.Dimensions;
        int side(int i) => dims.Length == 4 && dims[i] > 0 ? dims[i] : 640;
        return (input.Key, session.OutputMetadata.Keys.First(), side(3), side(2));
    }

    public static (double ImagesPerSecond, double Checksum) Run(string modelPath, TensorFile tensors, int threads, int warmup)
    {
        using var options = Options(threads);
        using var session = new InferenceSession(modelPath, options);
        long[] shape = [1, TensorFile.Channels, tensors.Height, tensors.Width];
        var inputs = new OrtValue[tensors.Images];
        try
        {
            for (int i = 0; i < tensors.Images; i++)
            {
                inputs[i] = OrtValue.CreateTensorValueFromMemory(
                    OrtMemoryInfo.DefaultInstance, tensors.Data.AsMemory(i * tensors.PerImage, tensors.PerImage), shape);
            }

            using var runOptions = new RunOptions();
            double Once(OrtValue input)
            {
                using var outputs = session.Run(runOptions, [tensors.InputName], [input], [tensors.OutputName]);
                return outputs[0].GetTensorDataAsSpan<float>()[0];
            }

            for (int i = 0; i < warmup; i++)
            {
                Once(inputs[i % inputs.Length]);
            }

            double checksum = 0;
            var clock = Stopwatch.StartNew();
            foreach (var input in inputs)
            {
                checksum += Once(input);
            }

            return (tensors.Images / clock.Elapsed.TotalSeconds, checksum);
        }
        finally
        {
            foreach (var input in inputs)
            {
                input?.Dispose();
            }
        }
    }
}
