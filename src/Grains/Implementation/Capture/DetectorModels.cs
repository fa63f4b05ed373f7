using System.Collections.Concurrent;
using DroneInspect.Grains.Hosting;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Vision.Detection;
using Microsoft.Extensions.Options;

namespace DroneInspect.Grains.Capture;

/// <summary>
/// The silo's detector models: each model file is loaded once (again when the file changes) and shared by all capture
/// workers. Inference threads are split between the captures analysed at once so they do not oversubscribe the cores.
/// </summary>
public sealed class DetectorModels(IOptions<InspectOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<(string Path, DateTime WrittenUtc), Lazy<OnnxComponentDetector>> _models = new();

    /// <summary>The detector for <paramref name="modelPath"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DetectorException">The file is not a usable YOLO-style ONNX detector (remembered until the file changes).</exception>
    public OnnxComponentDetector Get(string modelPath)
    {
        var fullPath = Path.GetFullPath(modelPath);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"Detector model not found: {fullPath}", fullPath);
        }

        var key = (fullPath, File.GetLastWriteTimeUtc(fullPath));
        return _models.GetOrAdd(key, k => new Lazy<OnnxComponentDetector>(() => new OnnxComponentDetector(k.Path, DetectorOptionsFor(options.Value)))).Value;
    }

    public void Dispose()
    {
        foreach (var model in _models.Values.Where(m => m.IsValueCreated))
        {
            model.Value.Dispose();
        }

        _models.Clear();
    }

    private static DetectorOptions DetectorOptionsFor(InspectOptions inspect) => new()
    {
        ExecutionProvider = inspect.DetectorExecutionProvider,
        IntraOpThreads = Math.Max(1, Environment.ProcessorCount / Math.Max(1, inspect.MaxConcurrentCaptures)),
    };
}
