using System.Text.Json;

namespace DroneInspect.Synthetic.SideFiles;

/// <summary>Writes and reads ground-truth.json (camelCase, invariant numbers).</summary>
public static class GroundTruthWriter
{
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public static void Write(string path, GroundTruth truth) =>
        File.WriteAllBytes(path, JsonSerializer.SerializeToUtf8Bytes(truth, JsonOptions));

    /// <summary>Reads a ground-truth file this generator wrote; throws <see cref="JsonException"/> when it is malformed.</summary>
    public static GroundTruth Read(string path) =>
        JsonSerializer.Deserialize<GroundTruth>(File.ReadAllBytes(path), JsonOptions)
        ?? throw new JsonException($"{path} holds no ground truth.");
}
