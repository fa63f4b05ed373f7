using System.Text.Json;
using System.Text.Json.Serialization;

namespace DroneInspect.Train.Training;

/// <summary>
/// Progress saved beside a checkpoint so training can continue where it stopped: steps and seeds so far, and the
/// learning-rate schedule in progress (its length, how far into it, its peak), so a run that stopped part-way can be
/// continued on the same cosine (<c>train --resume --continue</c>).
/// </summary>
public sealed record TrainingState(
    long Steps, long NextSeedIndex, double TrainedMinutes, int InputSize, int BatchSize,
    double ScheduleMinutes = 0, double ScheduleElapsedMinutes = 0, double PeakLearningRate = 0)
{
    /// <summary>True when a schedule was started and has time left.</summary>
    [JsonIgnore]
    public bool ScheduleInProgress => ScheduleMinutes > 0 && ScheduleElapsedMinutes < ScheduleMinutes;

    /// <summary>True when a schedule was started and ran to its end.</summary>
    [JsonIgnore]
    public bool ScheduleFinished => ScheduleMinutes > 0 && ScheduleElapsedMinutes >= ScheduleMinutes;

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string PathFor(string checkpoint) => checkpoint + ".json";

    public static TrainingState? Load(string checkpoint) =>
        File.Exists(PathFor(checkpoint))
            ? JsonSerializer.Deserialize<TrainingState>(File.ReadAllText(PathFor(checkpoint)))
            : null;

    public void Save(string checkpoint) => File.WriteAllText(PathFor(checkpoint), JsonSerializer.Serialize(this, Options));
}
