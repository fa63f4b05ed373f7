using System.Buffers;
using DroneInspect.Vision.Thermal;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using OpenCvSharp;

namespace DroneInspect.Vision.Detection;

/// <summary>
/// Runs a YOLO-style ONNX detector (YOLOv8/YOLO11 or YOLOv5 output) on images: letterbox, one inference, decode, per-class
/// NMS, boxes in original pixels. One InferenceSession per model; an instance is thread-safe to share.
/// </summary>
public sealed class OnnxDetector : IDisposable
{
    private const int DefaultInputSide = 640;
    private const int Channels = 3;

    private readonly InferenceSession _session;
    private readonly DetectorOptions _options;
    private readonly string _inputName;
    private readonly string _outputName;
    private readonly bool _dynamicBatch;
    private readonly long[]? _outputPerImageShape;
    private readonly RunOptions _runOptions = new(); // read-only after construction: safe to share between concurrent runs

    /// <exception cref="DetectorException">The file is missing, not ONNX, or its input/output is not a YOLO detector's.</exception>
    public OnnxDetector(string modelPath, DetectorOptions? options = null)
    {
        _options = options ?? DetectorOptions.Default;
        (_session, ExecutionProvider) = OnnxSessionFactory.Create(modelPath, _options);
        try
        {
            (_inputName, InputWidth, InputHeight, _dynamicBatch) = ReadInput(_session, modelPath);
            _outputName = _session.OutputMetadata.Keys.First();
            ClassNames = ModelClassNames.ParseMetadata(
                _session.ModelMetadata.CustomMetadataMap.GetValueOrDefault(ModelClassNames.MetadataKey))
                ?? ModelClassNames.ReadSidecar(modelPath)
                ?? [];
            CheckOutput(_session.OutputMetadata[_outputName], ClassNames.Count);
            _outputPerImageShape = StaticOutputShape(_session.OutputMetadata[_outputName]);
        }
        catch (DetectorException)
        {
            _session.Dispose();
            _runOptions.Dispose();
            throw;
        }
    }

    /// <summary>"cpu" or "cuda": the provider the session really runs on.</summary>
    public string ExecutionProvider { get; }

    public int InputWidth { get; }

    public int InputHeight { get; }

    /// <summary>From the model's "names" metadata or model.json; empty when neither is present (classes are then "classN").</summary>
    public IReadOnlyList<string> ClassNames { get; }

    /// <exception cref="DetectorException">The image cannot be read or is outside the accepted size.</exception>
    public IReadOnlyList<Detection> Detect(string imagePath)
    {
        using var image = Cv2.ImRead(imagePath, ImreadModes.Color);
        if (image.Empty())
        {
            throw new DetectorException($"Cannot read image {imagePath}.");
        }

        return Detect(image);
    }

    /// <param name="bgr">8-bit BGR (gray and BGRA are converted).</param>
    public IReadOnlyList<Detection> Detect(Mat bgr) => DetectBatch([bgr])[0];

    /// <summary>One inference for the whole batch when the model's batch dimension is dynamic, else one per image.</summary>
    public IReadOnlyList<IReadOnlyList<Detection>> DetectBatch(IReadOnlyList<Mat> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.Count == 0)
        {
            return [];
        }

        if (!_dynamicBatch && images.Count > 1)
        {
            return images.Select(Detect).ToList();
        }

        var prepared = images.Select(ValidatedBgr).ToList();
        try
        {
            var letterboxes = prepared.Select(m => Letterbox.Fit(m.Width, m.Height, InputWidth, InputHeight)).ToArray();
            return Infer(prepared, letterboxes);
        }
        finally
        {
            for (int i = 0; i < prepared.Count; i++)
            {
                if (!ReferenceEquals(prepared[i], images[i]))
                {
                    prepared[i].Dispose();
                }
            }
        }
    }

    public void Dispose()
    {
        _session.Dispose();
        _runOptions.Dispose();
    }

    /// <summary>
    /// Letterboxes into a pooled input buffer that ONNX Runtime reads in place, and, when the output's shape is fixed
    /// apart from the batch, lets the model write into a pooled output buffer: a detection allocates nothing of the
    /// size of a tensor.
    /// </summary>
    private List<IReadOnlyList<Detection>> Infer(List<Mat> prepared, Letterbox[] letterboxes)
    {
        int batch = prepared.Count;
        int perImage = Channels * InputWidth * InputHeight;
        var inputBuffer = ArrayPool<float>.Shared.Rent(batch * perImage);
        float[]? outputBuffer = null;
        try
        {
            for (int i = 0; i < batch; i++)
            {
                letterboxes[i].Fill(prepared[i], InputWidth, InputHeight, inputBuffer.AsSpan(i * perImage, perImage)); // writes every value
            }

            using var input = OrtValue.CreateTensorValueFromMemory(
                OrtMemoryInfo.DefaultInstance, inputBuffer.AsMemory(0, batch * perImage), [batch, Channels, InputHeight, InputWidth]);
            if (_outputPerImageShape is not { } perImageShape)
            {
                using var outputs = _session.Run(_runOptions, [_inputName], [input], [_outputName]);
                return Postprocess(outputs[0], prepared, letterboxes);
            }

            long outputLength = perImageShape[0] * perImageShape[1];
            outputBuffer = ArrayPool<float>.Shared.Rent(checked((int)(batch * outputLength)));
            using var output = OrtValue.CreateTensorValueFromMemory(
                OrtMemoryInfo.DefaultInstance, outputBuffer.AsMemory(0, (int)(batch * outputLength)), [batch, perImageShape[0], perImageShape[1]]);
            _session.Run(_runOptions, [_inputName], [input], [_outputName], [output]);
            return Postprocess(output, prepared, letterboxes);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(inputBuffer);
            if (outputBuffer is not null)
            {
                ArrayPool<float>.Shared.Return(outputBuffer);
            }
        }
    }

    /// <summary>The output's [rows, columns] per image when both are fixed in the model, else null (sized by the run).</summary>
    private static long[]? StaticOutputShape(NodeMetadata output)
    {
        int[] dims = output.Dimensions;
        return dims.Length == 3 && dims[1] > 0 && dims[2] > 0 ? [dims[1], dims[2]] : null;
    }

    private List<IReadOnlyList<Detection>> Postprocess(OrtValue output, List<Mat> images, Letterbox[] letterboxes)
    {
        long[] dims = output.GetTensorTypeAndShape().Shape;
        var shape = OutputShape.Resolve(dims, ClassNames.Count > 0 ? ClassNames.Count : null);
        if (dims[0] != images.Count)
        {
            throw new DetectorException($"Model returned {dims[0]} results for {images.Count} images.");
        }

        var data = output.GetTensorDataAsSpan<float>();
        int perImage = checked((int)(dims[1] * dims[2]));
        var results = new List<IReadOnlyList<Detection>>(images.Count);
        for (int i = 0; i < images.Count; i++)
        {
            var candidates = YoloDecoder.Decode(data.Slice(i * perImage, perImage), shape, _options.ScoreThreshold, _options.MultiLabel);
            var kept = YoloDecoder.SuppressPerClass(candidates, _options.IouThreshold);
            results.Add(kept
                .Select(c => new Detection(
                    ModelClassNames.NameOf(ClassNames, c.ClassId),
                    c.ClassId,
                    c.Score,
                    YoloDecoder.ToImage(c, letterboxes[i], images[i].Width, images[i].Height)))
                .ToList());
        }

        return results;
    }

    /// <summary>The image as 8-bit BGR, or a clear refusal; a converted copy is returned when needed.</summary>
    private Mat ValidatedBgr(Mat image)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (image.Empty() || image.Width < _options.MinImageSidePixels || image.Height < _options.MinImageSidePixels)
        {
            throw new DetectorException(
                $"Image {image.Width}x{image.Height} is too small: each side must be at least {_options.MinImageSidePixels} pixels.");
        }

        if ((long)image.Width * image.Height > _options.MaxImagePixels)
        {
            throw new DetectorException(
                $"Image {image.Width}x{image.Height} exceeds {_options.MaxImagePixels} pixels; tile or downscale it first.");
        }

        if (image.Depth() != MatType.CV_8U)
        {
            throw new DetectorException($"Image must be 8-bit per channel, got {image.Type()}.");
        }

        return image.Channels() switch
        {
            3 => image.IsContinuous() ? image : image.Clone(),
            1 => image.CvtColor(ColorConversionCodes.GRAY2BGR),
            4 => image.CvtColor(ColorConversionCodes.BGRA2BGR),
            int n => throw new DetectorException($"Image has {n} channels; expected 1, 3 or 4."),
        };
    }

    private static (string Name, int Width, int Height, bool DynamicBatch) ReadInput(InferenceSession session, string modelPath)
    {
        if (session.InputMetadata.Count != 1)
        {
            throw new DetectorException($"{modelPath}: expected one image input, found {session.InputMetadata.Count}.");
        }

        var (name, meta) = session.InputMetadata.First();
        int[] dims = meta.Dimensions;
        if (meta.ElementType != typeof(float) || dims.Length != 4 || (dims[1] > 0 && dims[1] != Channels))
        {
            throw new DetectorException(
                $"{modelPath}: input '{name}' must be float [batch, 3, height, width], is {meta.ElementType.Name} [{string.Join(", ", dims)}].");
        }

        int height = dims[2] > 0 ? dims[2] : DefaultInputSide;
        int width = dims[3] > 0 ? dims[3] : DefaultInputSide;
        return (name, width, height, dims[0] <= 0);
    }

    private static void CheckOutput(NodeMetadata output, int classCount)
    {
        if (output.ElementType != typeof(float))
        {
            throw new DetectorException($"Output must be float32, is {output.ElementType.Name}; export the model without half precision.");
        }

        int[] dims = output.Dimensions;
        if (dims.Length != 3)
        {
            throw new DetectorException($"Unknown output layout [{string.Join(", ", dims)}]: expected rank 3.");
        }

        if (dims[1] > 0 && dims[2] > 0)
        {
            OutputShape.Resolve([1, dims[1], dims[2]], classCount > 0 ? classCount : null);
        }
    }
}
