namespace DroneInspect.Grains.Abstractions;

/// <summary>
/// Where a sighting's evidence lies: <c>{data folder}/evidence/{EvidenceId}/</c>, where the id (kept on the sighting,
/// <see cref="FindingEvidence.EvidenceId"/>) is <c>{input key}/{sighting key}</c>: the input key is a hash of the
/// capture's files (path, size, write time) and overrides, so a rerun on the same input finds and reuses what it wrote.
/// The folder holds <see cref="MetadataName"/> (what each file is, its SHA-256, and why a file is absent) and the files
/// it names.
/// </summary>
public static class EvidenceFiles
{
    public const string FolderName = "evidence";

    public const string MetadataName = "evidence.json";

    /// <summary>The whole thermal frame in a palette, hot region outlined, reference marked, temperature scale at the right.</summary>
    public const string ThermalPngName = "thermal.png";

    /// <summary>Raw float32 little-endian, row-major, width x height values around the hot region (size, origin and unit in the metadata).</summary>
    public const string TileName = "tile.f32";

    /// <summary>The paired RGB capture's crop around the hot spot's projection, detector boxes drawn.</summary>
    public const string RgbJpegName = "rgb.jpg";

    /// <summary>The evidence folder of <paramref name="evidenceId"/> under <paramref name="evidenceRoot"/>; null when the id is not a plain two-part key.</summary>
    public static string? FolderOf(string evidenceRoot, string evidenceId)
    {
        ArgumentNullException.ThrowIfNull(evidenceRoot);
        var parts = evidenceId?.Split('/') ?? [];
        return parts.Length == 2 && parts.All(IsPlainName) ? Path.Combine(evidenceRoot, parts[0], parts[1]) : null;
    }

    /// <summary>Whether <paramref name="name"/> is one of the evidence files a folder may hold.</summary>
    public static bool IsFileName(string name) => name is MetadataName or ThermalPngName or TileName or RgbJpegName;

    private static bool IsPlainName(string part) =>
        part.Length is > 0 and <= 64 && part.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
