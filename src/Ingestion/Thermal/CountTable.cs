using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace DroneInspect.Ingestion.Thermal;

/// <summary>
/// Raw counts to Celsius through a table of one value per count, over the counts seen so far. Counts repeat heavily
/// (a scene spans a few thousand of the 65,536), so each is converted once; the table grows as blocks of rows with new
/// counts arrive, so a map can be converted row block by row block while it is still being decoded. Not thread-safe:
/// one caller at a time.
/// </summary>
public sealed class CountTable(RadiometricConverter converter)
{
    private float[] _values = [];
    private int _first;

    /// <summary>Writes the Celsius value of every count in <paramref name="raw"/> to the same index of <paramref name="celsius"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot loop: a single-file decode never tiers it up
    public void Convert(ReadOnlySpan<ushort> raw, Span<float> celsius)
    {
        if (celsius.Length < raw.Length)
        {
            throw new ArgumentException("The output is shorter than the input.", nameof(celsius));
        }

        if (raw.IsEmpty)
        {
            return;
        }

        var (min, max) = Range(raw);
        Cover(min, max);
        ref var table = ref MemoryMarshal.GetArrayDataReference(_values);
        ref var output = ref MemoryMarshal.GetReference(celsius);
        var first = _first;
        for (var i = 0; i < raw.Length; i++)
        {
            Unsafe.Add(ref output, i) = Unsafe.Add(ref table, raw[i] - first); // the table covers [min, max] now
        }
    }

    /// <summary>Smallest and largest count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (int Min, int Max) Range(ReadOnlySpan<ushort> raw)
    {
        var i = 0;
        var min = ushort.MaxValue;
        var max = ushort.MinValue;
        if (Vector.IsHardwareAccelerated && raw.Length >= Vector<ushort>.Count)
        {
            var vmin = new Vector<ushort>(ushort.MaxValue);
            var vmax = Vector<ushort>.Zero;
            for (; i <= raw.Length - Vector<ushort>.Count; i += Vector<ushort>.Count)
            {
                var v = new Vector<ushort>(raw[i..]);
                vmin = Vector.Min(vmin, v);
                vmax = Vector.Max(vmax, v);
            }

            for (var lane = 0; lane < Vector<ushort>.Count; lane++)
            {
                min = Math.Min(min, vmin[lane]);
                max = Math.Max(max, vmax[lane]);
            }
        }

        for (; i < raw.Length; i++)
        {
            min = Math.Min(min, raw[i]);
            max = Math.Max(max, raw[i]);
        }

        return (min, max);
    }

    /// <summary>Grows the table to cover [min, max], converting only the counts it did not hold.</summary>
    private void Cover(int min, int max)
    {
        var last = _first + _values.Length - 1;
        if (_values.Length > 0 && min >= _first && max <= last)
        {
            return;
        }

        var empty = _values.Length == 0;
        var newFirst = empty ? min : Math.Min(min, _first);
        var newLast = empty ? max : Math.Max(max, last);
        var grown = new float[newLast - newFirst + 1];
        if (!empty)
        {
            _values.CopyTo(grown.AsSpan(_first - newFirst));
        }

        for (var count = newFirst; count <= newLast; count++)
        {
            if (empty || count < _first || count > last)
            {
                grown[count - newFirst] = (float)converter.ToCelsius(count);
            }
        }

        _values = grown;
        _first = newFirst;
    }
}
