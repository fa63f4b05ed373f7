using System.Buffers;

namespace DroneInspect.Ingestion.Thermal;

/// <summary>File access shared by the thermal readers: I/O failures become <see cref="ThermalFormatException"/>.</summary>
internal static class ThermalFile
{
    /// <summary>Largest thermal file read whole into memory (radiometric captures are a few MB).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    public static byte[] ReadAllBytes(string path) => Guarded(path, () =>
    {
        CheckedLength(path);
        return File.ReadAllBytes(path);
    });

    /// <summary>
    /// The file's bytes in a buffer rented from <see cref="ArrayPool{T}.Shared"/>, which the caller returns: decoding a
    /// flight reads hundreds of megabyte-sized files, and fresh arrays of that size each cost the GC.
    /// </summary>
    public static (byte[] Buffer, int Length) ReadPooled(string path) => Guarded(path, () =>
    {
        var length = (int)CheckedLength(path);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var read = stream.ReadAtLeast(buffer.AsSpan(0, length), length, throwOnEndOfStream: false);
            return (buffer, read);
        }
        catch (IOException)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    });

    private static long CheckedLength(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ThermalFormatException($"{path} does not exist.");
        }

        if (info.Length == 0)
        {
            throw new ThermalFormatException($"{info.Name} is empty (0 bytes).");
        }

        if (info.Length > MaxBytes)
        {
            throw new ThermalFormatException($"{info.Name} is {info.Length} bytes, too large for a thermal capture.");
        }

        return info.Length;
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
