using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;

namespace DroneInspect.Bench.Vision;

/// <summary>
/// ONNX Runtime for .NET on prepared tensors, one image per run, session options as the node script's. Inputs wrap the
/// tensor memory without a copy and the output goes into one preallocated buffer, so a run allocates nothing.
/// </summary>
internal sealed class OrtBench : IDisposable
{
    private readonly InferenceSession _session;
    private readonly SessionOptions _options;
    private readonly RunOptions _runOptions = new();
    private readonly OrtValue[] _inputs;
    private readonly OrtValue _output;
    private readonly float[] _outputBuffer;
    private readonly TensorFile _tensors;

    public OrtBench(string modelPath, TensorFile tensors, int threads, int warmup)
    {
        _tensors = tensors;
        _options = Options(threads);
        _session = new InferenceSession(modelPath, _options);
        long[] shape = [1, TensorFile.Channels, tensors.Height, tensors.Width];
        _inputs = new OrtValue[tensors.Images];
        for (int i = 0; i < tensors.Images; i++)
        {
            _inputs[i] = OrtValue.CreateTensorValueFromMemory(
                OrtMemoryInfo.DefaultInstance, tensors.Data.AsMemory(i * tensors.PerImage, tensors.PerImage), shape);
        }

        long[] outputShape = _session.OutputMetadata[tensors.OutputName].Dimensions.Select(d => (long)Math.Max(d, 1)).ToArray();
        _outputBuffer = new float[outputShape.Aggregate(1L, (a, b) => a * b)];
        _output = OrtValue.CreateTensorValueFromMemory(_outputBuffer, outputShape);
        for (int i = 0; i < warmup; i++)
        {
            Once(i % _inputs.Length);
        }
    }

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

    /// <summary>Runs images start..start+count-1 (wrapping); the block's wall time and the sum of each output's first value.</summary>
    public (double Seconds, double Checksum) RunBlock(int start, int count)
    {
        double checksum = 0;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < count; i++)
        {
            checksum += Once((start + i) % _inputs.Length);
        }

        return (clock.Elapsed.TotalSeconds, checksum);
    }

    public void Dispose()
    {
        foreach (var input in _inputs)
        {
            input.Dispose();
        }

        _output.Dispose();
        _runOptions.Dispose();
        _session.Dispose();
        _options.Dispose();
    }

    private float Once(int image)
    {
        _session.Run(_runOptions, [_tensors.InputName], [_inputs[image]], [_tensors.OutputName], [_output]);
        return _outputBuffer[0];
    }
}
