using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>
/// Decodes the one PNG form FLIR raw images use, 16-bit greyscale without interlacing, straight into samples: the IDAT
/// data inflated by .NET's zlib and the row filters undone in place. About twice as fast as a general PNG decoder on a
/// 640x512 raw image, which is most of a FLIR file's decode time. Any other PNG form is left to the general decoder.
/// </summary>
internal static class GrayPng16Decoder
{
    private const int SignatureLength = 8;
    private const int BytesPerSample = 2;

    /// <summary>True when <paramref name="png"/> (IHDR already checked) is the form this decoder reads.</summary>
    public static bool CanDecode(ReadOnlySpan<byte> png) =>
        png.Length >= 29 && png[24] == 16 && png[25] == 0 && png[26] == 0 && png[27] == 0 && png[28] == 0;

    /// <summary>Row-major samples as the PNG stores them, each read little-endian (what FLIR's byte-swapped samples need).</summary>
    public static ushort[] DecodeByteSwapped(ReadOnlySpan<byte> png, int width, int height)
    {
        var stride = (width * BytesPerSample) + 1;
        var filteredLength = checked(stride * height);
        var (idat, idatLength) = ConcatenateIdat(png);
        var filtered = ArrayPool<byte>.Shared.Rent(filteredLength); // temporaries are pooled: a flight decodes hundreds of maps
        try
        {
            using (var compressed = new MemoryStream(idat, 0, idatLength, writable: false))
            using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
            {
                var got = ReadFully(zlib, filtered.AsSpan(0, filteredLength));
                if (got != filteredLength)
                {
                    throw new ThermalFormatException($"The FLIR raw PNG is damaged: its image data holds {got} of {filteredLength} bytes.");
                }
            }

            return Unfiltered(filtered, width, height, stride);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(idat);
            ArrayPool<byte>.Shared.Return(filtered);
        }
    }

    private static ushort[] Unfiltered(byte[] filtered, int width, int height, int stride)
    {
        var samples = new ushort[width * height];
        var rowBytes = width * BytesPerSample;
        ReadOnlySpan<byte> above = new byte[rowBytes];
        for (var y = 0; y < height; y++)
        {
            var row = filtered.AsSpan((y * stride) + 1, rowBytes);
            Unfilter(filtered[y * stride], row, above);
            var target = samples.AsSpan(y * width, width);
            MemoryMarshal.Cast<byte, ushort>(row).CopyTo(target);
            if (!BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(target, target);
            }

            above = row;
        }

        return samples;
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

    /// <summary>Undoes one row's PNG filter (2 bytes per pixel) in place, given the previous row's unfiltered bytes.</summary>
    private static void Unfilter(byte filter, Span<byte> row, ReadOnlySpan<byte> above)
    {
        ref var r = ref MemoryMarshal.GetReference(row);
        ref var u = ref MemoryMarshal.GetReference(above);
        var n = row.Length;
        switch (filter)
        {
            case 0:
                return;
            case 1:
                for (var i = BytesPerSample; i < n; i++)
                {
                    Unsafe.Add(ref r, i) += Unsafe.Add(ref r, i - BytesPerSample);
                }

                return;
            case 2:
                AddAbove(row, above);
                return;
            case 3:
                Unsafe.Add(ref r, 0) += (byte)(u >> 1);
                Unsafe.Add(ref r, 1) += (byte)(Unsafe.Add(ref u, 1) >> 1);
                for (var i = BytesPerSample; i < n; i++)
                {
                    Unsafe.Add(ref r, i) += (byte)((Unsafe.Add(ref r, i - BytesPerSample) + Unsafe.Add(ref u, i)) >> 1);
                }

                return;
            case 4:
                Unsafe.Add(ref r, 0) += u; // no left neighbour: Paeth picks the byte above
                Unsafe.Add(ref r, 1) += Unsafe.Add(ref u, 1);
                for (var i = BytesPerSample; i < n; i++)
                {
                    Unsafe.Add(ref r, i) += Paeth(Unsafe.Add(ref r, i - BytesPerSample), Unsafe.Add(ref u, i), Unsafe.Add(ref u, i - BytesPerSample));
                }

                return;
            default:
                throw new ThermalFormatException($"The FLIR raw PNG is damaged: unknown row filter {filter}.");
        }
    }

    private static void AddAbove(Span<byte> row, ReadOnlySpan<byte> above)
    {
        var i = 0;
        for (; i <= row.Length - Vector<byte>.Count; i += Vector<byte>.Count)
        {
            (new Vector<byte>(row[i..]) + new Vector<byte>(above[i..])).CopyTo(row[i..]);
        }

        for (; i < row.Length; i++)
        {
            row[i] += above[i];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte Paeth(int a, int b, int c)
    {
        var pa = Math.Abs(b - c); // |p - a| with p = a + b - c
        var pb = Math.Abs(a - c);
        var pc = Math.Abs(a + b - c - c);
        return (byte)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
    }
}
