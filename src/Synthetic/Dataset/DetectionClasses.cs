namespace DroneInspect.Synthetic.Dataset;

/// <summary>The detector's classes and the seed ranges that keep training and evaluation images apart.</summary>
public static class DetectionClasses
{
    public const int Pole = 0;
    public const int Tower = 1;
    public const int Insulator = 2;
    public const int Clamp = 3;
    public const int Transformer = 4;
    public const int MissingDisc = 5;
    public const int BirdNest = 6;
    public const int BrokenStrand = 7;
    public const int Flashover = 8;

    /// <summary>Training uses seeds in [0, TrainingSeedEnd).</summary>
    public const int TrainingSeedEnd = 1_000_000;

    /// <summary>Held-out evaluation seeds are [EvaluationSeedStart, EvaluationSeedStart + EvaluationSeedCount): never trained on.</summary>
    public const int EvaluationSeedStart = 1_000_000_000;

    public const int EvaluationSeedCount = 300;

    /// <summary>Class names in class-id order (the model's output channels 4 + id).</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["pole", "tower", "insulator", "clamp", "transformer", "missing-disc", "bird-nest", "broken-strand", "flashover"];

    /// <summary>Visual defects are labelled on RGB images only: a temperature map does not show them reliably.</summary>
    public static bool IsVisualDefect(int classId) => classId >= MissingDisc;
}
