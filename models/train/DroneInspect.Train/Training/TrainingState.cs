using System.Text.Json;

namespace DroneInspect.Train.Training;

/// <summary>Progress saved beside a checkpoint so training can continue where it stopped.</summary>
public sealed record TrainingState(long Steps, long NextSeedIndex, double TrainedMinutes, int InputSize, int BatchSize)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string PathFor(string checkpoint) => checkpoint + ".json";

    public static TrainingState? Load(string checkpoint) =>
        File.Exists(PathFor(checkpoint))
            ? JsonSerializer.Deserialize<TrainingState>(File.ReadAllText(PathFor(checkpoint)))
            : null;

    public void Save(string checkpoint) => File.WriteAllText(PathFor(checkpoint), JsonSerializer.Serialize(this, Options));
}
