using System.Buffers.Binary;
using System.Text;

namespace DroneInspect.Cases.Explanations.Pdf;

/// <summary>
/// Takes one face out of an OpenType/TrueType collection (.ttc) as a stand-alone font file, because PDFsharp reads
/// single faces only ("TrueType collection fonts are not yet supported by PDFsharp"). The tables are copied as they
/// are; only the table directory is rewritten with the new offsets.
/// </summary>
public static class FontCollectionFace
{
    private const uint CollectionTag = 0x74746366; // "ttcf"
    private const int OffsetTableBytes = 12;
    private const int TableRecordBytes = 16;

    /// <summary>True when <paramref name="font"/> starts with the collection header.</summary>
    public static bool IsCollection(ReadOnlySpan<byte> font) =>
        font.Length >= 12 && BinaryPrimitives.ReadUInt32BigEndian(font) == CollectionTag;

    /// <summary>The family names (name table id 1, as written in Unicode) of each face in the collection, in order.</summary>
    public static IReadOnlyList<string> FamilyNames(byte[] collection)
    {
        var names = new List<string>();
        foreach (var faceOffset in FaceOffsets(collection))
            names.Add(FamilyName(collection, faceOffset) ?? "");
        return names;
    }

    /// <summary>
    /// The face whose family name is <paramref name="familyName"/> (ordinal, case-insensitive) as a single font file.
    /// Throws <see cref="InvalidDataException"/> when the bytes are not a collection or no face has that name.
    /// </summary>
    public static byte[] Extract(byte[] collection, string familyName)
    {
        foreach (var faceOffset in FaceOffsets(collection))
        {
            if (string.Equals(FamilyName(collection, faceOffset), familyName, StringComparison.OrdinalIgnoreCase))
                return CopyFace(collection, faceOffset);
        }
        throw new InvalidDataException($"The font collection has no face named '{familyName}' (it has: {string.Join(", ", FamilyNames(collection))}).");
    }

    private static IEnumerable<int> FaceOffsets(byte[] collection)
    {
        if (!IsCollection(collection)) throw new InvalidDataException("Not a font collection: the 'ttcf' header is missing.");
        var count = checked((int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(8)));
        for (var i = 0; i < count; i++)
            yield return checked((int)BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(12 + 4 * i)));
    }

    private static List<(uint Tag, uint Checksum, int Offset, int Length)> Tables(byte[] font, int faceOffset)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(faceOffset + 4));
        var tables = new List<(uint, uint, int, int)>(count);
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(faceOffset + OffsetTableBytes + TableRecordBytes * i);
            var offset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]));
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            if (offset < 0 || length < 0 || offset + length > font.Length)
                throw new InvalidDataException("A font table lies outside the font file.");
            tables.Add((BinaryPrimitives.ReadUInt32BigEndian(record), BinaryPrimitives.ReadUInt32BigEndian(record[4..]), offset, length));
        }
        return tables;
    }

    private static byte[] CopyFace(byte[] collection, int faceOffset)
    {
        var tables = Tables(collection, faceOffset);
        var headerBytes = OffsetTableBytes + TableRecordBytes * tables.Count;
        var size = headerBytes + tables.Sum(t => Padded(t.Length));
        var face = new byte[size];
        collection.AsSpan(faceOffset, OffsetTableBytes).CopyTo(face);
        var next = headerBytes;
        for (var i = 0; i < tables.Count; i++)
        {
            var (tag, checksum, offset, length) = tables[i];
            var record = face.AsSpan(OffsetTableBytes + TableRecordBytes * i);
            BinaryPrimitives.WriteUInt32BigEndian(record, tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], checksum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)next);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)length);
            collection.AsSpan(offset, length).CopyTo(face.AsSpan(next));
            next += Padded(length);
        }
        return face;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private static string? FamilyName(byte[] font, int faceOffset)
    {
        const uint nameTag = 0x6E616D65; // "name"
        const int familyNameId = 1;
        foreach (var (tag, _, offset, length) in Tables(font, faceOffset))
        {
            if (tag != nameTag) continue;
            var table = font.AsSpan(offset, length);
            var count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
            var strings = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
            for (var i = 0; i < count; i++)
            {
                var record = table[(6 + 12 * i)..];
                var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
                var language = BinaryPrimitives.ReadUInt16BigEndian(record[4..]);
                var nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
                var nameLength = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
                var nameOffset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
                const int windows = 3, englishUs = 0x409;
                if (platform == windows && language == englishUs && nameId == familyNameId)
                    return Encoding.BigEndianUnicode.GetString(table.Slice(strings + nameOffset, nameLength));
            }
        }
        return null;
    }
}
