namespace DroneInspect.Ingestion.Intake;

/// <summary>
/// Bounds on what one upload may bring into a flight, so a wrong or hostile upload cannot fill the disk. Sizes are
/// checked against what an archive declares and against the bytes actually written.
/// </summary>
/// <param name="MaxFileBytes">Largest single file, in bytes (captures are a few MB; 200 MB by default).</param>
/// <param name="MaxFlightBytes">Largest total of a flight's files, in bytes, counting files already taken in (50 GB by default).</param>
/// <param name="MaxFiles">Most files a flight may hold, counting files already taken in (20,000 by default).</param>
public sealed record IntakeLimits(long MaxFileBytes = IntakeLimits.DefaultMaxFileBytes, long MaxFlightBytes = IntakeLimits.DefaultMaxFlightBytes, int MaxFiles = IntakeLimits.DefaultMaxFiles)
{
    public const long DefaultMaxFileBytes = 200L * 1024 * 1024;
    public const long DefaultMaxFlightBytes = 50L * 1024 * 1024 * 1024;
    public const int DefaultMaxFiles = 20_000;

    /// <summary>The default limits.</summary>
    public static IntakeLimits Default { get; } = new();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a limit is not positive.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFileBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFlightBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFiles);
    }
}
