using DroneInspect.Grains.Pipeline;
using DroneInspect.Vision.Detection;

namespace DroneInspect.Grains.Hosting;

/// <summary>How flights are analysed on this silo.</summary>
public sealed class InspectOptions
{
    /// <summary>Captures analysed at once per flight (one batch); defaults to the core count.</summary>
    public int MaxConcurrentCaptures { get; set; } = Environment.ProcessorCount;

    /// <summary>Tries per capture before it is parked with its reason.</summary>
    public int MaxAttemptsPerCapture { get; set; } = 2;

    /// <summary>Ambient air temperature assumed when a thermal file states none (Celsius); the report says so.</summary>
    public double DefaultAmbientTemperatureCelsius { get; set; } = 20;

    /// <summary>
    /// ONNX detector model (YOLOv8/v5 layout; class names from its metadata or a model.json beside it). Null: the
    /// detection stages are skipped and each capture says so; set but missing: each capture says the path was not found.
    /// </summary>
    public string? DetectorModelPath { get; set; }

    /// <summary>"cpu" or "cuda" (falls back to CPU, logged, when CUDA's libraries are missing).</summary>
    public string DetectorExecutionProvider { get; set; } = DetectorOptions.Cpu;

    /// <summary>Detector classes that are visual defects on RGB captures; other classes (components) give no sighting.</summary>
    public HashSet<string> VisualDefectClasses { get; } = new(VisualDefects.DefaultGrades.Keys, StringComparer.OrdinalIgnoreCase);

    /// <summary>Grade of each visual defect class ("general", "serious", "critical"); see <see cref="VisualDefects.DefaultGrades"/>.</summary>
    public Dictionary<string, string> VisualDefectGrades { get; } = new(VisualDefects.DefaultGrades, StringComparer.OrdinalIgnoreCase);

    /// <summary>The visual defect table the pipeline uses, from <see cref="VisualDefectClasses"/> and <see cref="VisualDefectGrades"/>.</summary>
    public VisualDefects ToVisualDefects() => new(VisualDefectClasses, VisualDefectGrades);
}
