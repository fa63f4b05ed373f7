using System.Buffers.Binary;
using System.Text;

namespace DroneInspect.Synthetic.Formats;

/// <summary>
/// Collects little-endian TIFF directory entries and lays out an IFD whose out-of-line values follow it.
/// Entries are written sorted by tag, as TIFF requires.
/// </summary>
internal sealed class TiffIfdBuilder
{
    public const ushort TypeByte = 1;
    public const ushort TypeAscii = 2;
    public const ushort TypeShort = 3;
    public const ushort TypeLong = 4;
    public const ushort TypeRational = 5;
    public const ushort TypeUndefined = 7;

    private readonly SortedDictionary<ushort, (ushort Type, int Count, byte[] Data)> _entries = [];

    public TiffIfdBuilder Short(ushort tag, params ushort[] values)
    {
        var data = new byte[values.Length * 2];
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(i * 2), values[i]);
        _entries[tag] = (TypeShort, values.Length, data);
        return this;
    }

    public TiffIfdBuilder Long(ushort tag, params uint[] values)
    {
        var data = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(i * 4), values[i]);
        _entries[tag] = (TypeLong, values.Length, data);
        return this;
    }

    public TiffIfdBuilder Rational(ushort tag, params (uint Numerator, uint Denominator)[] values)
    {
        var data = new byte[values.Length * 8];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(i * 8), values[i].Numerator);
            BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(i * 8 + 4), values[i].Denominator);
        }

        _entries[tag] = (TypeRational, values.Length, data);
        return this;
    }

    public TiffIfdBuilder Ascii(ushort tag, string value)
    {
        var data = Encoding.ASCII.GetBytes(value + "\0");
        _entries[tag] = (TypeAscii, data.Length, data);
        return this;
    }

    public TiffIfdBuilder Bytes(ushort tag, ushort type, byte[] data)
    {
        _entries[tag] = (type, data.Length, data);
        return this;
    }

    /// <summary>Size of the IFD (entries, next-IFD pointer and out-of-line values) in bytes.</summary>
    public int SizeBytes => 2 + _entries.Count * 12 + 4 + _entries.Values.Sum(e => e.Data.Length > 4 ? Even(e.Data.Length) : 0);

    /// <summary>Writes the IFD at <paramref name="ifdOffset"/> of <paramref name="file"/> (the TIFF's first byte is offset 0).</summary>
    public void WriteTo(Span<byte> file, int ifdOffset, uint nextIfdOffset = 0)
    {
        var s = file[ifdOffset..];
        BinaryPrimitives.WriteUInt16LittleEndian(s, (ushort)_entries.Count);
        int valueOffset = ifdOffset + 2 + _entries.Count * 12 + 4;
        int entry = 2;
        foreach (var (tag, (type, count, data)) in _entries)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(s[entry..], tag);
            BinaryPrimitives.WriteUInt16LittleEndian(s[(entry + 2)..], type);
            BinaryPrimitives.WriteUInt32LittleEndian(s[(entry + 4)..], (uint)count);
            if (data.Length <= 4)
            {
                data.CopyTo(s[(entry + 8)..]);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(s[(entry + 8)..], (uint)valueOffset);
                data.CopyTo(file[valueOffset..]);
                valueOffset += Even(data.Length);
            }

            entry += 12;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(s[entry..], nextIfdOffset);
    }

    private static int Even(int n) => (n + 1) & ~1;
}
