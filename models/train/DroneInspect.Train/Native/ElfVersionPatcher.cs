using System.Buffers.Binary;
using System.Text;

namespace DroneInspect.Train.Native;

/// <summary>
/// Marks one symbol-version requirement of an ELF64 little-endian shared library as weak (VER_FLG_WEAK in the
/// .gnu.version_r Vernaux entry), so the dynamic loader accepts a system library that lacks that version.
/// libLibTorchSharp.so asks for GLIBCXX_3.4.32 only for the marker symbol std::ios_base_library_init, which Debian 12's
/// libstdc++ lacks; nothing the library calls needs it.
/// </summary>
public static class ElfVersionPatcher
{
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlagWeak = 0x2;

    /// <summary>Result of a patch: whether the entry was found and whether this call changed the file.</summary>
    public readonly record struct PatchResult(bool Found, bool Changed);

    /// <summary>Patches <paramref name="path"/> in place; idempotent. Throws <see cref="InvalidDataException"/> when it is not ELF64 LE.</summary>
    public static PatchResult MakeVersionWeak(string path, string versionName)
    {
        byte[] elf = File.ReadAllBytes(path);
        var (found, offsets) = FindVernaux(elf, versionName);
        bool changed = false;
        foreach (int flagsOffset in offsets)
        {
            ushort flags = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(flagsOffset));
            if ((flags & VerFlagWeak) == 0)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(elf.AsSpan(flagsOffset), (ushort)(flags | VerFlagWeak));
                changed = true;
            }
        }

        if (changed)
        {
            string temp = path + ".patching";
            File.WriteAllBytes(temp, elf);
            File.Move(temp, path, overwrite: true);
        }

        return new PatchResult(found, changed);
    }

    /// <summary>File offsets of the vna_flags fields of every Vernaux entry named <paramref name="versionName"/>.</summary>
    internal static (bool Found, List<int> FlagsOffsets) FindVernaux(byte[] elf, string versionName)
    {
        var span = elf.AsSpan();
        if (elf.Length < 64 || span[0] != 0x7f || span[1] != (byte)'E' || span[2] != (byte)'L' || span[3] != (byte)'F')
        {
            throw new InvalidDataException("Not an ELF file.");
        }

        if (span[4] != 2 || span[5] != 1)
        {
            throw new InvalidDataException("Only 64-bit little-endian ELF files are supported.");
        }

        long shoff = (long)BinaryPrimitives.ReadUInt64LittleEndian(span[0x28..]);
        int shentsize = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3A..]);
        int shnum = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3C..]);
        var result = new List<int>();
        uint wantedHash = ElfHash(versionName);
        for (int s = 0; s < shnum; s++)
        {
            var sh = Slice(span, shoff + (long)s * shentsize, 64);
            if (BinaryPrimitives.ReadUInt32LittleEndian(sh[4..]) != ShtGnuVerneed)
            {
                continue;
            }

            long offset = (long)BinaryPrimitives.ReadUInt64LittleEndian(sh[0x18..]);
            int link = (int)BinaryPrimitives.ReadUInt32LittleEndian(sh[0x28..]);
            int count = (int)BinaryPrimitives.ReadUInt32LittleEndian(sh[0x2C..]);
            var strtab = Slice(span, shoff + (long)link * shentsize, 64);
            long strOffset = (long)BinaryPrimitives.ReadUInt64LittleEndian(strtab[0x18..]);
            long need = offset;
            for (int n = 0; n < count; n++)
            {
                var vn = Slice(span, need, 16);
                int auxCount = BinaryPrimitives.ReadUInt16LittleEndian(vn[2..]);
                long aux = need + BinaryPrimitives.ReadUInt32LittleEndian(vn[8..]);
                for (int a = 0; a < auxCount; a++)
                {
                    var vna = Slice(span, aux, 16);
                    uint hash = BinaryPrimitives.ReadUInt32LittleEndian(vna);
                    long name = strOffset + BinaryPrimitives.ReadUInt32LittleEndian(vna[8..]);
                    if (hash == wantedHash && ReadCString(span, name) == versionName)
                    {
                        result.Add(checked((int)(aux + 4)));
                    }

                    aux += BinaryPrimitives.ReadUInt32LittleEndian(vna[12..]);
                }

                need += BinaryPrimitives.ReadUInt32LittleEndian(vn[12..]);
            }
        }

        return (result.Count > 0, result);
    }

    /// <summary>The System V ELF hash used in vna_hash.</summary>
    internal static uint ElfHash(string name)
    {
        uint h = 0;
        foreach (byte c in Encoding.ASCII.GetBytes(name))
        {
            h = (h << 4) + c;
            uint g = h & 0xf0000000;
            if (g != 0)
            {
                h ^= g >> 24;
            }

            h &= ~g;
        }

        return h;
    }

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> span, long offset, int length) =>
        offset < 0 || offset + length > span.Length
            ? throw new InvalidDataException($"ELF structure at offset {offset} runs past the end of the file.")
            : span.Slice((int)offset, length);

    private static string ReadCString(ReadOnlySpan<byte> span, long offset)
    {
        _ = Slice(span, offset, 1); // bounds check
        var rest = span[(int)offset..];
        int end = rest.IndexOf((byte)0);
        return Encoding.ASCII.GetString(end < 0 ? rest : rest[..end]);
    }
}
