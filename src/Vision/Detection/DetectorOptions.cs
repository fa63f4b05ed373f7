namespace DroneInspect.Vision.Detection;

/// <summary>Settings of an <see cref="OnnxDetector"/>.</summary>
public sealed record DetectorOptions
{
    public const string Cpu = "cpu";
    public const string Cuda = "cuda";

    /// <summary>Detections scoring below this (0..1) are dropped before NMS.</summary>
    public float ScoreThreshold { get; init; } = 0.25f;

    /// <summary>Boxes of one class overlapping more than this intersection-over-union with a better one are suppressed.</summary>
    public float IouThreshold { get; init; } = 0.45f;

    /// <summary>
    /// Every class of a box scoring at least <see cref="ScoreThreshold"/> becomes a detection, not only its best one, so a
    /// defect is not hidden by the component it sits on (a flashover on an insulator, a missing disc in a string).
    /// </summary>
    public bool MultiLabel { get; init; } = true;

    /// <summary>Threads inside one inference; 0 lets ONNX Runtime choose.</summary>
    public int IntraOpThreads { get; init; }

    /// <summary>"cpu" or "cuda"; cuda falls back to CPU, with a logged line, when the provider's libraries are missing.</summary>
    public string ExecutionProvider { get; init; } = Cpu;

    /// <summary>Images larger than this are refused rather than resized (a guard against decompression bombs).</summary>
    public long MaxImagePixels { get; init; } = 100_000_000;

    /// <summary>Images narrower or shorter than this are refused: nothing can be detected in them.</summary>
    public int MinImageSidePixels { get; init; } = 8;

    /// <summary>Where the detector reports notable events (the CUDA fallback); standard error by default.</summary>
    public Action<string> Log { get; init; } = line => Console.Error.WriteLine(line);

    public static DetectorOptions Default { get; } = new();
}
