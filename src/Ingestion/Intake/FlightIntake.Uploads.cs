using System.IO.Compression;

namespace DroneInspect.Ingestion.Intake;

/// <summary>Uploads: a zip extracted into the flight folder, or single files inspected in place or copied in.</summary>
public static partial class FlightIntake
{
    /// <summary>
    /// Extracts the captures of <paramref name="zipPath"/> into <paramref name="extractToFolder"/>. Entries with
    /// absolute paths, drive letters, ".." segments, links or hidden names are refused, as are entries over the
    /// limits (declared or actually decompressed) and content the flight already holds (by SHA-256, remembered in
    /// the folder's <see cref="IntakeLedger"/>); each refusal is a problem (its path "zip!entry") and the rest is
    /// extracted. Files lists only the files this call added. Throws <see cref="FileNotFoundException"/> for a missing zip and
    /// <see cref="InvalidDataException"/> when the file is no readable zip at all.
    /// </summary>
    public static FlightInventory FromZip(string zipPath, string extractToFolder, IntakeLimits? limits = null)
    {
        limits ??= IntakeLimits.Default;
        limits.Validate();
        if (!File.Exists(zipPath))
        {
            throw new FileNotFoundException($"Upload {zipPath} does not exist.", zipPath);
        }

        var ledger = IntakeLedger.Open(extractToFolder);
        var store = new FlightStore(ledger, limits);
        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(zipPath);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{Path.GetFileName(zipPath)} is not a readable zip: {e.Message}", e);
        }

        try
        {
            foreach (var entry in archive.Entries)
            {
                ExtractEntry(zipPath, entry, ledger, store);
            }
        }
        finally
        {
            archive.Dispose();
            ledger.Save(); // what was extracted stays known even when an unexpected error ends the upload
        }

        return new FlightInventory(store.Added, store.Problems);
    }

    /// <summary>
    /// Inspects single files where they lie (no copy): hashes, kinds and the limits; files that are missing,
    /// unreadable, no image, too large or duplicates of an earlier one in the list become problems.
    /// </summary>
    public static FlightInventory FromFiles(IEnumerable<string> paths, IntakeLimits? limits = null) =>
        Collect(paths, limits ?? IntakeLimits.Default, original => original);

    /// <summary>
    /// Copies single files into <paramref name="flightFolder"/> (flat, by file name) under the limits, adding only
    /// content the flight does not hold yet (see <see cref="FromZip"/>). Files lists only the files this call added.
    /// </summary>
    public static FlightInventory FromFiles(IEnumerable<string> paths, string flightFolder, IntakeLimits? limits = null)
    {
        limits ??= IntakeLimits.Default;
        limits.Validate();
        var ledger = IntakeLedger.Open(flightFolder);
        var store = new FlightStore(ledger, limits);
        try
        {
            foreach (var path in paths)
            {
                CopyFile(path, ledger, store);
            }
        }
        finally
        {
            ledger.Save();
        }

        return new FlightInventory(store.Added, store.Problems);
    }

    private static void ExtractEntry(string zipPath, ZipArchiveEntry entry, IntakeLedger ledger, FlightStore store)
    {
        var source = $"{zipPath}!{entry.FullName}";
        if (entry.FullName.EndsWith('/') && entry.Length == 0)
        {
            return; // a folder entry: its files come as entries of their own
        }

        var destination = ZipEntryGuard.Destination(entry, ledger.FlightFolder, out var refusal);
        if (destination is null)
        {
            store.Refuse(source, refusal!);
            return;
        }

        if (!store.Admits(source, entry.Length))
        {
            return;
        }

        if (store.Limits.CompressionRefusal(entry.Length, entry.CompressedLength) is { } bomb)
        {
            store.Refuse(source, bomb);
            return;
        }

        try
        {
            using var content = entry.Open();
            store.Store(source, content, destination, entry.Crc32);
        }
        catch (InvalidDataException e)
        {
            store.Refuse(source, $"damaged zip entry: {e.Message}");
        }
        catch (IOException e)
        {
            store.Refuse(source, $"unreadable: {e.Message}");
        }
    }

    private static void CopyFile(string path, IntakeLedger ledger, FlightStore store)
    {
        try
        {
            var name = Path.GetFileName(path);
            if (name.Length == 0 || name.StartsWith('.'))
            {
                store.Refuse(path, "refused: hidden or nameless file");
                return;
            }

            using var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            if (store.Admits(path, content.Length))
            {
                store.Store(path, content, Path.Combine(ledger.FlightFolder, name));
            }
        }
        catch (IOException e)
        {
            store.Refuse(path, $"unreadable: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            store.Refuse(path, $"unreadable: {e.Message}");
        }
    }
}
