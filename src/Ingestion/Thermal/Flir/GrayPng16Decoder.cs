using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>
/// Decodes the one PNG form FLIR raw images use, 16-bit greyscale without interlacing, straight into samples: the IDAT
/// data inflated by .NET's zlib (zlib-ng) and the row filters undone in place (<see cref="PngRowFilters"/>), overlapped
/// (<see cref="PngRowPipeline"/>). A raw PNG is most of a FLIR file's decode time; bench/RESULTS.md has the figures. Any
/// other PNG form is left to the general decoder.
/// </summary>
internal static class GrayPng16Decoder
{
    private const int SignatureLength = 8;
    private const int BytesPerSample = 2;

    /// <summary>True when <paramref name="png"/> (IHDR already checked) is the form this decoder reads.</summary>
    public static bool CanDecode(ReadOnlySpan<byte> png) =>
        png.Length >= 29 && png[24] == 16 && png[25] == 0 && png[26] == 0 && png[27] == 0 && png[28] == 0;

    /// <summary>
    /// Row-major samples as the PNG stores them, each read little-endian (what FLIR's byte-swapped samples need). On a
    /// machine with more than one core the rows are unfiltered on a second thread while the caller inflates the next
    /// ones (<see cref="PngRowPipeline"/>), which hides most of the unfilter time behind the inflate.
    /// </summary>
    public static ushort[] DecodeByteSwapped(ReadOnlySpan<byte> png, int width, int height) =>
        Decode(png, width, height, rowsDecoded: null);

    /// <summary>
    /// Hands the samples block by block to <paramref name="rowsDecoded"/> only, in a pooled buffer (nothing of the size
    /// of the image is allocated).
    /// </summary>
    public static void DecodeByteSwapped(ReadOnlySpan<byte> png, int width, int height, RowsDecoded rowsDecoded) =>
        Decode(png, width, height, rowsDecoded);

    private static ushort[] Decode(ReadOnlySpan<byte> png, int width, int height, RowsDecoded? rowsDecoded)
    {
        var pooledSamples = rowsDecoded is not null; // an observer takes every block as it comes: nothing to keep
        var stride = (width * BytesPerSample) + 1;
        var filteredLength = checked(stride * height);
        var (idat, idatLength) = ConcatenateIdat(png);
        var filtered = ArrayPool<byte>.Shared.Rent(filteredLength); // temporaries are pooled: a flight decodes hundreds of maps
        var pixels = width * height;
        var samples = pooledSamples ? ArrayPool<ushort>.Shared.Rent(pixels) : GC.AllocateUninitializedArray<ushort>(pixels); // UnfilterRows writes every sample
        try
        {
            var pipeline = new PngRowPipeline(height, (from, to) =>
            {
                UnfilterRows(filtered, samples, width, stride, from, to);
                rowsDecoded?.Invoke(samples.AsSpan(from * width, (to - from) * width), from * width, pixels);
            });
            using (var compressed = new MemoryStream(idat, 0, idatLength, writable: false))
            using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
            {
                pipeline.Run(rows => Inflate(zlib, filtered, stride, rows, filteredLength));
            }

            return pooledSamples ? [] : samples;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(idat);
            ArrayPool<byte>.Shared.Return(filtered);
            if (pooledSamples)
            {
                ArrayPool<ushort>.Shared.Return(samples);
            }
        }
    }

    /// <summary>Inflates the filtered bytes of rows [rows.Start, rows.End) into their place in <paramref name="filtered"/>.</summary>
    private static void Inflate(ZLibStream zlib, byte[] filtered, int stride, Range rows, int filteredLength)
    {
        var from = rows.Start.Value * stride;
        var length = (rows.End.Value * stride) - from;
        var got = ReadFully(zlib, filtered.AsSpan(from, length));
        if (got != length)
        {
            throw new ThermalFormatException($"The FLIR raw PNG is damaged: its image data holds {from + got} of {filteredLength} bytes.");
        }
    }

    /// <summary>Undoes the filters of rows [from, to) in place and copies them out as samples; rows before are done.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: a single-file decode never tiers them up
    private static void UnfilterRows(byte[] filtered, ushort[] samples, int width, int stride, int from, int to)
    {
        var rowBytes = width * BytesPerSample;
        ReadOnlySpan<byte> above = from == 0 ? new byte[rowBytes] : filtered.AsSpan(((from - 1) * stride) + 1, rowBytes);
        for (var y = from; y < to; y++)
        {
            var row = filtered.AsSpan((y * stride) + 1, rowBytes);
            PngRowFilters.Undo(filtered[y * stride], row, above);
            var target = samples.AsSpan(y * width, width);
            MemoryMarshal.Cast<byte, ushort>(row).CopyTo(target);
            if (!BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(target, target);
            }

            above = row;
        }
    }

    /// <summary>The IDAT chunks' data, back to back, in a pooled buffer the caller returns.</summary>
    private static (byte[] Buffer, int Length) ConcatenateIdat(ReadOnlySpan<byte> png)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(png.Length);
        var length = 0;
        var at = SignatureLength;
        while (at + 12 <= png.Length)
        {
            var chunkLength = BinaryPrimitives.ReadUInt32BigEndian(png[at..]);
            var type = png.Slice(at + 4, 4);
            if (chunkLength > (uint)(png.Length - at - 12))
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw new ThermalFormatException("The FLIR raw PNG is damaged: a chunk runs past the end of the record.");
            }

            if (type.SequenceEqual("IDAT"u8))
            {
                png.Slice(at + 8, (int)chunkLength).CopyTo(buffer.AsSpan(length));
                length += (int)chunkLength;
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                break;
            }

            at += 12 + (int)chunkLength;
        }

        return (buffer, length);
    }

    private static int ReadFully(Stream stream, Span<byte> buffer)
    {
        try
        {
            return stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }
        catch (InvalidDataException e)
        {
            throw new ThermalFormatException($"The FLIR raw PNG is damaged: {e.Message}", e);
        }
    }
}
