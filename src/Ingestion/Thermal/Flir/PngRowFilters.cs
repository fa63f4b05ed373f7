using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>
/// The five PNG row filters undone for 2-byte pixels (16-bit greyscale), in place, fast: FLIR cameras write mostly Paeth
/// rows, whose left-neighbour dependency makes them the slow part of a raw thermal PNG after zlib.
/// </summary>
internal static class PngRowFilters
{
    private const int BytesPerSample = 2;

    /// <summary>Undoes one row's PNG filter (2 bytes per pixel) in place, given the previous row's unfiltered bytes.</summary>
    public static void Undo(byte filter, Span<byte> row, ReadOnlySpan<byte> above)
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
