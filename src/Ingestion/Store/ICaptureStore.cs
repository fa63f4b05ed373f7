namespace DroneInspect.Ingestion.Store;

/// <summary>What <see cref="ICaptureStore.Put"/> did with a file.</summary>
public enum StorePutOutcome
{
    /// <summary>The content is new and is now held.</summary>
    Stored,

    /// <summary>The store held this content already; the file given was dropped.</summary>
    AlreadyHeld,

    /// <summary>The file's SHA-256 is not the one expected; nothing was stored and the file was left where it was.</summary>
    HashMismatch,
}

/// <summary>The outcome of a put with the file's actual SHA-256 (lower-case hex).</summary>
public sealed record StorePutResult(StorePutOutcome Outcome, string ActualSha256);

/// <summary>
/// Capture files by content: each SHA-256 held once, however many flights or uploads name it. The embedded default is
/// <see cref="FileCaptureStore"/> (a folder under the data folder); a store that several silos share implements the same.
/// </summary>
public interface ICaptureStore
{
    /// <summary>True when the content with this SHA-256 (lower-case hex) is held.</summary>
    bool Has(string sha256);

    /// <summary>Reads held content; throws <see cref="FileNotFoundException"/> when it is not held.</summary>
    Stream Open(string sha256);

    /// <summary>
    /// Takes <paramref name="sourceFile"/> in when its content hashes to <paramref name="expectedSha256"/>; the file is
    /// moved (a rename where it can be), so the caller no longer owns it unless the hash did not match.
    /// </summary>
    StorePutResult Put(string expectedSha256, string sourceFile);

    /// <summary>
    /// Makes held content appear as a plain file at <paramref name="destinationPath"/> (replacing what is there), for
    /// code that reads flight folders. Throws <see cref="FileNotFoundException"/> when it is not held.
    /// </summary>
    void Materialize(string sha256, string destinationPath);
}
