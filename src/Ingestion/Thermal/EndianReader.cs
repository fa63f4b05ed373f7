using System.Buffers.Binary;
using System.Text;

namespace DroneInspect.Ingestion.Thermal;

/// <summary>Bounds-checked reads of fixed fields from a record in a chosen byte order.</summary>
internal readonly ref struct EndianReader(ReadOnlySpan<byte> data, bool bigEndian, string recordName)
{
    private readonly ReadOnlySpan<byte> _data = data;

    public bool BigEndian { get; } = bigEndian;

    public int Length => _data.Length;

    public EndianReader WithByteOrder(bool bigEndian) => new(_data, bigEndian, recordName);

    public ushort UInt16(int offset)
    {
        var s = Field(offset, 2);
        return BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(s) : BinaryPrimitives.ReadUInt16LittleEndian(s);
    }

    public short Int16(int offset) => unchecked((short)UInt16(offset));

    public uint UInt32(int offset)
    {
        var s = Field(offset, 4);
        return BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(s) : BinaryPrimitives.ReadUInt32LittleEndian(s);
    }

    public int Int32(int offset) => unchecked((int)UInt32(offset));

    public float Single(int offset)
    {
        var s = Field(offset, 4);
        return BigEndian ? BinaryPrimitives.ReadSingleBigEndian(s) : BinaryPrimitives.ReadSingleLittleEndian(s);
    }

    public double Double(int offset)
    {
        var s = Field(offset, 8);
        return BigEndian ? BinaryPrimitives.ReadDoubleBigEndian(s) : BinaryPrimitives.ReadDoubleLittleEndian(s);
    }

    /// <summary>A NUL-terminated ASCII string in a fixed-size field; null when empty.</summary>
    public string? Ascii(int offset, int size)
    {
        var s = Field(offset, size);
        var end = s.IndexOf((byte)0);
        var text = Encoding.ASCII.GetString(end < 0 ? s : s[..end]).Trim();
        return text.Length == 0 ? null : text;
    }

    public ReadOnlySpan<byte> Slice(int offset, int length) => Field(offset, length);

    private ReadOnlySpan<byte> Field(int offset, int size)
    {
        if (offset < 0 || size < 0 || (long)offset + size > _data.Length)
        {
            throw new ThermalFormatException(
                $"The {recordName} is too short: a field at byte {offset} needs {size} bytes but the record holds {_data.Length}.");
        }

        return _data.Slice(offset, size);
    }
}
