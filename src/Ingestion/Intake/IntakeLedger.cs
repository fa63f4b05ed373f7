using System.Globalization;

namespace DroneInspect.Ingestion.Intake;

/// <summary>
/// The content hashes of the files a flight folder has taken in, kept in a small tab-separated text file inside the
/// folder (hidden, so folder scans skip it): one line per file, "sha256 size relative-path". Uploading the same
/// content again adds nothing; the counts and total size feed the per-flight limits.
/// </summary>
public sealed class IntakeLedger
{
    /// <summary>Name of the ledger file inside the flight folder.</summary>
    public const string FileName = ".droneinspect-intake.tsv";

    private readonly Dictionary<string, string> _pathByHash = new(StringComparer.Ordinal);
    private readonly List<string> _lines = [];

    private IntakeLedger(string flightFolder) => FlightFolder = Path.GetFullPath(flightFolder);

    public string FlightFolder { get; }

    /// <summary>Files taken in so far.</summary>
    public int FileCount => _pathByHash.Count;

    /// <summary>Bytes taken in so far.</summary>
    public long TotalBytes { get; private set; }

    /// <summary>
    /// Loads the ledger of <paramref name="flightFolder"/> (created if absent; an absent ledger is empty). Throws
    /// <see cref="InvalidDataException"/> naming the line when the ledger file is damaged.
    /// </summary>
    public static IntakeLedger Open(string flightFolder)
    {
        Directory.CreateDirectory(flightFolder);
        var ledger = new IntakeLedger(flightFolder);
        var path = ledger.LedgerPath;
        if (!File.Exists(path))
        {
            return ledger;
        }

        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 3 || parts[0].Length != 64 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                throw new InvalidDataException($"The intake ledger {path} is damaged at line {number}: expected 'sha256<TAB>size<TAB>path'.");
            }

            ledger.Record(parts[0], size, parts[2]);
        }

        return ledger;
    }

    public string LedgerPath => Path.Combine(FlightFolder, FileName);

    /// <summary>True, with the file's path relative to the flight folder, when this content was taken in before.</summary>
    public bool TryFind(string sha256, out string relativePath)
    {
        var found = _pathByHash.TryGetValue(sha256, out var p);
        relativePath = p ?? "";
        return found;
    }

    /// <summary>Notes a file taken in (call <see cref="Save"/> to persist).</summary>
    public void Add(string sha256, long sizeBytes, string relativePath)
    {
        if (relativePath.Contains('\t') || relativePath.Contains('\n'))
        {
            throw new ArgumentException("A ledger path may not hold tabs or line breaks.", nameof(relativePath));
        }

        Record(sha256, sizeBytes, relativePath);
    }

    /// <summary>Writes the ledger (to a temporary file first, so a crash never leaves half a ledger).</summary>
    public void Save()
    {
        var temp = LedgerPath + ".tmp";
        File.WriteAllLines(temp, _lines);
        File.Move(temp, LedgerPath, overwrite: true);
    }

    private void Record(string sha256, long size, string relativePath)
    {
        if (_pathByHash.TryAdd(sha256, relativePath))
        {
            TotalBytes += size;
            _lines.Add(string.Create(CultureInfo.InvariantCulture, $"{sha256}\t{size}\t{relativePath}"));
        }
    }
}
