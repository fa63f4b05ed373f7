namespace DroneInspect.Ingestion.Intake;

/// <summary>
/// Bounds on what one upload may bring into a flight, so a wrong or hostile upload cannot fill the disk. Sizes are
/// checked against what an archive declares and against the bytes actually written.
/// </summary>
/// <param name="MaxFileBytes">Largest single file, in bytes (captures are a few MB; 200 MB by default).</param>
/// <param name="MaxFlightBytes">Largest total of a flight's files, in bytes, counting files already taken in (50 GB by default).</param>
/// <param name="MaxFiles">Most files a flight may hold, counting files already taken in (20,000 by default).</param>
/// <param name="MaxCompressionRatio">
/// Most a zip entry may expand, uncompressed over compressed bytes (100 by default: JPEG captures barely compress and
/// 16-bit thermal TIFFs a few times; a zip bomb expands by thousands).
/// </param>
public sealed record IntakeLimits(
    long MaxFileBytes = IntakeLimits.DefaultMaxFileBytes,
    long MaxFlightBytes = IntakeLimits.DefaultMaxFlightBytes,
    int MaxFiles = IntakeLimits.DefaultMaxFiles,
    double MaxCompressionRatio = IntakeLimits.DefaultMaxCompressionRatio)
{
    public const long DefaultMaxFileBytes = 200L * 1024 * 1024;
    public const long DefaultMaxFlightBytes = 50L * 1024 * 1024 * 1024;
    public const int DefaultMaxFiles = 20_000;
    public const double DefaultMaxCompressionRatio = 100;

    /// <summary>The default limits.</summary>
    public static IntakeLimits Default { get; } = new();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a limit is not positive.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFileBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFlightBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFiles);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCompressionRatio, 1.0);
    }

    /// <summary>Why an entry of <paramref name="compressedBytes"/> that expands to <paramref name="uncompressedBytes"/> is refused, or null.</summary>
    public string? CompressionRefusal(long uncompressedBytes, long compressedBytes)
    {
        var ratio = (double)uncompressedBytes / Math.Max(1, compressedBytes);
        return ratio > MaxCompressionRatio
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"refused: expands {ratio:0} times ({compressedBytes} to {uncompressedBytes} bytes), over the limit of {MaxCompressionRatio:0} (a zip bomb)")
            : null;
    }
}
