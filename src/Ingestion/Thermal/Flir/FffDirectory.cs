namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>
/// The header and record directory of a FLIR FFF record. The header's format version (100..199) is what tells the
/// byte order: a file is read big-endian first and little-endian when the version only makes sense that way.
/// </summary>
public sealed record FffDirectory(bool BigEndian, uint FormatVersion, string? CreatorSoftware, IReadOnlyList<FffIndexEntry> Entries)
{
    private const int HeaderSize = 64;
    private const int MaxEntries = 4096;

    /// <summary>True when the bytes start with the "FFF\0" magic.</summary>
    public static bool HasMagic(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && bytes[0] == (byte)'F' && bytes[1] == (byte)'F' && bytes[2] == (byte)'F' && bytes[3] == 0;

    /// <summary>Parses the header and directory; every entry is checked to lie inside <paramref name="fff"/>.</summary>
    public static FffDirectory Parse(ReadOnlySpan<byte> fff)
    {
        if (fff.Length < HeaderSize)
        {
            throw new ThermalFormatException($"The FLIR FFF record is truncated: {fff.Length} bytes, the header alone needs {HeaderSize}.");
        }

        if (!HasMagic(fff))
        {
            throw new ThermalFormatException("The FLIR data does not start with the FFF header.");
        }

        var header = new EndianReader(fff[..HeaderSize], bigEndian: true, "FLIR FFF header");
        if (!IsKnownVersion(header.UInt32(0x14)))
        {
            header = header.WithByteOrder(false);
            if (!IsKnownVersion(header.UInt32(0x14)))
            {
                throw new ThermalFormatException("Unsupported FLIR FFF version: the header's version field is not 100..199 in either byte order.");
            }
        }

        var dirOffset = header.UInt32(0x18);
        var count = header.UInt32(0x1C);
        if (count > MaxEntries || dirOffset + ((long)count * FffIndexEntry.Size) > fff.Length)
        {
            throw new ThermalFormatException(
                $"The FLIR FFF directory ({count} entries at byte {dirOffset}) lies outside the {fff.Length}-byte record; the file is truncated or damaged.");
        }

        var dir = new EndianReader(fff.Slice((int)dirOffset, (int)count * FffIndexEntry.Size), header.BigEndian, "FLIR FFF directory");
        var entries = new List<FffIndexEntry>((int)count);
        for (var i = 0; i < count; i++)
        {
            var at = i * FffIndexEntry.Size;
            var entry = new FffIndexEntry(dir.UInt16(at), dir.UInt16(at + 2), dir.UInt32(at + 4), dir.UInt32(at + 8), dir.UInt32(at + 12), dir.UInt32(at + 16));
            if (entry.Type == FffIndexEntry.Free)
            {
                continue;
            }

            if ((long)entry.Offset + entry.Length > fff.Length)
            {
                throw new ThermalFormatException(
                    $"FLIR FFF entry {i} (record type 0x{entry.Type:X2}) points outside the record: bytes {entry.Offset}..{(long)entry.Offset + entry.Length} of {fff.Length}.");
            }

            entries.Add(entry);
        }

        return new FffDirectory(header.BigEndian, header.UInt32(0x14), header.Ascii(4, 16), entries);
    }

    /// <summary>The first entry of a record type, or null.</summary>
    public FffIndexEntry? Find(ushort type)
    {
        foreach (var e in Entries)
        {
            if (e.Type == type)
            {
                return e;
            }
        }

        return null;
    }

    private static bool IsKnownVersion(uint version) => version is >= 100 and < 200;
}
