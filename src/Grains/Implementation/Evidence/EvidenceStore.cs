using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Ingestion.Intake;

namespace DroneInspect.Grains.Evidence;

/// <summary>
/// The folder evidence is written to (<c>{data folder}/evidence</c>, see <see cref="EvidenceFiles"/>). Files are
/// written to a temporary name, hashed by reading them back in blocks (nothing is held whole in memory) and renamed into
/// place, so a reader never sees half a file.
/// </summary>
public sealed class EvidenceStore(string rootFolder)
{
    /// <summary>Bumped when the evidence's content changes shape, so older evidence is rewritten rather than reused.</summary>
    public const int FormatVersion = 1;

    public string RootFolder { get; } = Path.GetFullPath(rootFolder);

    /// <summary>
    /// The key of a capture's input: a hash of its files' paths, sizes and write times, the overrides, and
    /// <see cref="FormatVersion"/> (32 hex digits). The same input gives the same key, so a rerun reuses the evidence.
    /// </summary>
    public static string InputKey(CapturePair capture, ThermalOverrides? overrides)
    {
        ArgumentNullException.ThrowIfNull(capture);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"v{FormatVersion}|{capture.CaptureId}");
        foreach (var path in new[] { capture.ThermalPath, capture.RgbPath })
        {
            text.Append('|').Append(Stamp(path));
        }

        if (overrides is not null)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"|e={overrides.Emissivity:R};d={overrides.ObjectDistanceMeters:R};r={overrides.ReflectedTemperatureCelsius:R};a={overrides.AtmosphericTemperatureCelsius:R};h={overrides.RelativeHumidity:R}");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }

    /// <summary>The folder of one sighting's evidence; created when missing.</summary>
    public string CreateFolder(string evidenceId)
    {
        var folder = EvidenceFiles.FolderOf(RootFolder, evidenceId)
            ?? throw new ArgumentException($"Not an evidence id: '{evidenceId}'.", nameof(evidenceId));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Writes <paramref name="name"/> in <paramref name="folder"/> through <paramref name="write"/>; returns its SHA-256 (hex) and size.</summary>
    public static StoredFile Write(string folder, string name, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var final = Path.Combine(folder, name);
        var temporary = final + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                write(stream);
            }

            StoredFile stored;
            using (var stream = new FileStream(temporary, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024))
            {
                stored = new StoredFile(name, Convert.ToHexStringLower(SHA256.HashData(stream)), stream.Length);
            }

            File.Move(temporary, final, overwrite: true);
            return stored;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string Stamp(string? path)
    {
        if (path is null)
        {
            return "-";
        }

        var file = new FileInfo(path);
        return file.Exists
            ? string.Create(CultureInfo.InvariantCulture, $"{file.FullName}:{file.Length}:{file.LastWriteTimeUtc.Ticks}")
            : file.FullName + ":missing";
    }
}

/// <summary>One evidence file as written: its name in the folder, SHA-256 (lower-case hex) and size in bytes.</summary>
public sealed record StoredFile(string Name, string Sha256, long Bytes);
