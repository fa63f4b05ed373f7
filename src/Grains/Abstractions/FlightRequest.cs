namespace DroneInspect.Grains.Abstractions;

/// <summary>
/// What to analyse: a flight folder, the utility's asset network, its customers, where outputs go, and the user's
/// measurement overrides for the whole flight and for single files (a file's values win over the flight's).
/// </summary>
/// <param name="FileOverrides">Keyed by the thermal file's path relative to <see cref="FlightFolder"/> ('/' separated).</param>
[GenerateSerializer, Immutable]
public sealed record class FlightRequest(
    [property: Id(0)] string FlightFolder,
    [property: Id(1)] string AssetsPath,
    [property: Id(2)] string? CustomersPath,
    [property: Id(3)] string OutputFolder,
    [property: Id(4)] ThermalOverrides? FlightOverrides = null,
    [property: Id(5)] IReadOnlyDictionary<string, ThermalOverrides>? FileOverrides = null)
{
    /// <summary>The overrides a thermal file is decoded with: its own over the flight's; null when none applies.</summary>
    public ThermalOverrides? EffectiveOverridesFor(string? thermalPath)
    {
        if (thermalPath is null)
        {
            return null;
        }

        var own = FileOverrides is { Count: > 0 } files && files.TryGetValue(RelativeKey(thermalPath), out var file) ? file : null;
        return ThermalOverrides.Combine(own, FlightOverrides);
    }

    /// <summary>A file's key in <see cref="FileOverrides"/>: its path relative to the flight folder, '/' separated.</summary>
    /// <summary>The customers file's encoding when it is not UTF-8 ("latin1", "gb18030"...: see CustomerCsvEncodings); null for UTF-8.</summary>
    [Id(6)]
    public string? CustomersEncoding { get; init; }

    public string RelativeKey(string path) => Path.GetRelativePath(FlightFolder, path).Replace('\\', '/');

    /// <summary>Value equality, the per-file overrides compared by content (a stored request is a new dictionary).</summary>
    public bool Equals(FlightRequest? other) =>
        other is not null
        && FlightFolder == other.FlightFolder
        && AssetsPath == other.AssetsPath
        && CustomersPath == other.CustomersPath
        && CustomersEncoding == other.CustomersEncoding
        && OutputFolder == other.OutputFolder
        && FlightOverrides == other.FlightOverrides
        && SameFiles(FileOverrides, other.FileOverrides);

    public override int GetHashCode() => HashCode.Combine(FlightFolder, AssetsPath, CustomersPath, OutputFolder, FlightOverrides, FileOverrides?.Count ?? 0);

    private static bool SameFiles(IReadOnlyDictionary<string, ThermalOverrides>? a, IReadOnlyDictionary<string, ThermalOverrides>? b)
    {
        var left = a ?? new Dictionary<string, ThermalOverrides>();
        var right = b ?? new Dictionary<string, ThermalOverrides>();
        return left.Count == right.Count && left.All(kv => right.TryGetValue(kv.Key, out var value) && value == kv.Value);
    }
}
