using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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

    /// <summary>
    /// Row-major samples as the PNG stores them, each read little-endian (what FLIR's byte-swapped samples need). On a
    /// machine with more than one core the rows are unfiltered on a second thread while the caller inflates the next
    /// ones (<see cref="PngRowPipeline"/>), which hides most of the unfilter time behind the inflate.
    /// </summary>
    public static ushort[] DecodeByteSwapped(ReadOnlySpan<byte> png, int width, int height) =>
        Decode(png, width, height, rowsDecoded: null, pooledSamples: false);

    /// <summary>
    /// Hands the samples block by block to <paramref name="rowsDecoded"/> only, in a pooled buffer (nothing of the size
    /// of the image is allocated).
    /// </summary>
    public static void DecodeByteSwapped(ReadOnlySpan<byte> png, int width, int height, RowsDecoded rowsDecoded) =>
        Decode(png, width, height, rowsDecoded, pooledSamples: true);

    private static ushort[] Decode(ReadOnlySpan<byte> png, int width, int height, RowsDecoded? rowsDecoded, bool pooledSamples)
    {
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
            Unfilter(filtered[y * stride], row, above);
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

    /// <summary>Undoes one row's PNG filter (2 bytes per pixel) in place, given the previous row's unfiltered bytes.</summary>
    private static void Unfilter(byte filter, Span<byte> row, ReadOnlySpan<byte> above)
    {
        switch (filter)
        {
            case 0:
                return;
            case 1:
                UnfilterSub(row);
                return;
            case 2:
                AddAbove(row, above);
                return;
            case 3:
                UnfilterAverage(row, above);
                return;
            case 4:
                UnfilterPaeth(row, above);
                return;
            default:
                throw new ThermalFormatException($"The FLIR raw PNG is damaged: unknown row filter {filter}.");
        }
    }

    /// <summary>
    /// Sub: each byte plus the byte two before it, a running sum over the even and the odd bytes. With SSE2 it is a
    /// prefix sum over 16-byte blocks (three shifted adds) carried from one block's last pixel to the next.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: a single-file decode never tiers them up
    private static void UnfilterSub(Span<byte> row)
    {
        ref var r = ref MemoryMarshal.GetReference(row);
        var n = row.Length;
        var i = 0;
        if (Sse2.IsSupported)
        {
            var carry = Vector128<byte>.Zero;
            for (; i <= n - 16; i += 16)
            {
                var v = Vector128.LoadUnsafe(ref r, (nuint)i);
                v = Sse2.Add(v, Sse2.ShiftLeftLogical128BitLane(v, 2));
                v = Sse2.Add(v, Sse2.ShiftLeftLogical128BitLane(v, 4));
                v = Sse2.Add(v, Sse2.ShiftLeftLogical128BitLane(v, 8));
                v = Sse2.Add(v, carry);
                v.StoreUnsafe(ref r, (nuint)i);
                carry = Vector128.Create(v.AsUInt16().GetElement(7)).AsByte(); // this block's last pixel, in every pixel
            }
        }

        for (i = Math.Max(i, BytesPerSample); i < n; i++)
        {
            Unsafe.Add(ref r, i) += Unsafe.Add(ref r, i - BytesPerSample);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: a single-file decode never tiers them up
    private static void UnfilterAverage(Span<byte> row, ReadOnlySpan<byte> above)
    {
        ref var r = ref MemoryMarshal.GetReference(row);
        ref var u = ref MemoryMarshal.GetReference(above);
        Unsafe.Add(ref r, 0) += (byte)(u >> 1);
        Unsafe.Add(ref r, 1) += (byte)(Unsafe.Add(ref u, 1) >> 1);
        for (var i = BytesPerSample; i < row.Length; i++)
        {
            Unsafe.Add(ref r, i) += (byte)((Unsafe.Add(ref r, i - BytesPerSample) + Unsafe.Add(ref u, i)) >> 1);
        }
    }

    /// <summary>
    /// Paeth, the filter most FLIR cameras pick. The even and odd bytes are two independent chains, run side by side
    /// with the left and upper-left bytes kept in registers and the predictor chosen without branches (the choice is
    /// data-dependent and would be mispredicted about half the time).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: a single-file decode never tiers them up
    private static void UnfilterPaeth(Span<byte> row, ReadOnlySpan<byte> above)
    {
        ref var r = ref MemoryMarshal.GetReference(row);
        ref var u = ref MemoryMarshal.GetReference(above);
        int a0 = 0, a1 = 0, c0 = 0, c1 = 0; // no left neighbour at the row start: Paeth(0, b, 0) is b
        for (var i = 0; i < row.Length; i += BytesPerSample)
        {
            int b0 = Unsafe.Add(ref u, i);
            int b1 = Unsafe.Add(ref u, i + 1);
            a0 = (byte)(Unsafe.Add(ref r, i) + Paeth(a0, b0, c0));
            a1 = (byte)(Unsafe.Add(ref r, i + 1) + Paeth(a1, b1, c1));
            Unsafe.Add(ref r, i) = (byte)a0;
            Unsafe.Add(ref r, i + 1) = (byte)a1;
            c0 = b0;
            c1 = b1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loops: a single-file decode never tiers them up
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

    /// <summary>
    /// The Paeth predictor: of a (left), b (above), c (upper left), the one nearest a + b - c, ties to a then b. Written
    /// with sign masks, not conditionals: the JIT does not turn conditionals inside loops into conditional moves.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Paeth(int a, int b, int c)
    {
        var pa = Abs(b - c); // |p - a| with p = a + b - c
        var pb = Abs(a - c);
        var pc = Abs(a + b - c - c);
        var cNearer = (pc - pb) >> 31; // all ones when pc < pb
        var nearerOfBc = b ^ ((b ^ c) & cNearer);
        var distanceOfBc = pb ^ ((pb ^ pc) & cNearer);
        var notA = (distanceOfBc - pa) >> 31; // all ones when that one is strictly nearer than a
        return a ^ ((a ^ nearerOfBc) & notA);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Abs(int x)
    {
        var sign = x >> 31;
        return (x ^ sign) - sign;
    }
}
