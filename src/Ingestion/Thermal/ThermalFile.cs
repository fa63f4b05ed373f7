using System.Buffers;

namespace DroneInspect.Ingestion.Thermal;

/// <summary>File access shared by the thermal readers: I/O failures become <see cref="ThermalFormatException"/>.</summary>
internal static class ThermalFile
{
    /// <summary>Largest thermal file read whole into memory (radiometric captures are a few MB).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    public static byte[] ReadAllBytes(string path) => Guarded(path, () =>
    {
        using var stream = Open(path);
        var bytes = new byte[CheckedLength(path, stream)];
        stream.ReadExactly(bytes);
        return bytes;
    });

    /// <summary>
    /// The file's bytes in a buffer rented from <see cref="ArrayPool{T}.Shared"/>, which the caller returns: decoding a
    /// flight reads hundreds of megabyte-sized files, and fresh arrays of that size each cost the GC.
    /// </summary>
    public static (byte[] Buffer, int Length) ReadPooled(string path) => Guarded(path, () =>
    {
        using var stream = Open(path);
        var length = (int)CheckedLength(path, stream);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = stream.ReadAtLeast(buffer.AsSpan(0, length), length, throwOnEndOfStream: false);
            return (buffer, read);
        }
        catch (IOException)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    });

    /// <summary>Opens the file (through a symbolic link, its target); a missing file is a plain error.</summary>
    private static FileStream Open(string path) => File.Exists(path)
        ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan)
        : throw new ThermalFormatException($"{path} does not exist.");

    /// <summary>
    /// The length of the opened file. Not <see cref="FileInfo.Length"/>: for a symbolic link that is the link's own
    /// size, and a symlinked capture would read as a few truncated bytes.
    /// </summary>
    private static long CheckedLength(string path, FileStream stream)
    {
        var name = Path.GetFileName(path);
        if (stream.Length == 0)
        {
            throw new ThermalFormatException($"{name} is empty (0 bytes).");
        }

        if (stream.Length > MaxBytes)
        {
            throw new ThermalFormatException($"{name} is {stream.Length} bytes, too large for a thermal capture.");
        }

        return stream.Length;
    }

    private static T Guarded<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (IOException e)
        {
            throw new ThermalFormatException($"{Path.GetFileName(path)} could not be read: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ThermalFormatException($"{Path.GetFileName(path)} could not be read: {e.Message}", e);
        }
    }
}
