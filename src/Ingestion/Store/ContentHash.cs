using System.Security.Cryptography;

namespace DroneInspect.Ingestion.Store;

/// <summary>SHA-256 as the store names content: 64 lower-case hex digits.</summary>
public static class ContentHash
{
    public const int HexLength = 64;

    private const int ReadBufferBytes = 1024 * 1024;

    /// <summary>True for exactly 64 lower-case hex digits.</summary>
    public static bool IsSha256(string? text) =>
        text is { Length: HexLength } && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>The SHA-256 of a file's content.</summary>
    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadBufferBytes, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
