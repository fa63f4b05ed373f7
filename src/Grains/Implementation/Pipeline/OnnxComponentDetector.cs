using DroneInspect.Vision.Detection;

namespace DroneInspect.Grains.Pipeline;

/// <summary>
/// The pipeline's detector seam over Vision's <see cref="OnnxDetector"/>. Loading a model builds an inference session
/// (hundreds of milliseconds, tens of megabytes), so a silo keeps one per model file (see
/// <see cref="Capture.DetectorModels"/>); an instance is thread-safe and shared by every capture worker.
/// </summary>
public sealed class OnnxComponentDetector : IComponentDetector, IDisposable
{
    private readonly OnnxDetector _detector;

    /// <exception cref="DetectorException">The file is missing, not ONNX, or not a YOLO-style detector.</exception>
    public OnnxComponentDetector(string modelPath, DetectorOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelPath);
        ModelPath = Path.GetFullPath(modelPath);
        _detector = new OnnxDetector(ModelPath, options);
    }

    /// <summary>The model file, as a full path.</summary>
    public string ModelPath { get; }

    /// <summary>The model's class names (metadata or model.json beside it).</summary>
    public IReadOnlyList<string> ClassNames => _detector.ClassNames;

    /// <summary>"cpu" or "cuda": where inference really runs.</summary>
    public string ExecutionProvider => _detector.ExecutionProvider;

    /// <exception cref="DetectorException">The image cannot be read or is outside the accepted size.</exception>
    public IReadOnlyList<Detection> Detect(string imagePath) => _detector.Detect(imagePath);

    public void Dispose() => _detector.Dispose();
}
