using System.Buffers.Binary;
using System.IO.Compression;

namespace DroneInspect.Bench;

/// <summary>Counts a 16-bit greyscale PNG's row filters (the unfilter cost depends on them: Paeth is the dearest).</summary>
public static class PngFilterCensus
{
    /// <summary>"Paeth/Up/Sub/other" row counts of the raw thermal PNG that ExifTool extracts from <paramref name="file"/>.</summary>
    public static string Describe(string file)
    {
        var counts = Count(ExifTool.Run("-b", "-RawThermalImage", file));
        return $"{counts[4]}/{counts[2]}/{counts[1]}/{counts[0] + counts[3]}";
    }

    /// <summary>Rows per filter type 0-4 (None, Sub, Up, Average, Paeth).</summary>
    public static int[] Count(byte[] png)
    {
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        using var idat = new MemoryStream();
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (png.AsSpan(at + 4, 4).SequenceEqual("IDAT"u8))
            {
                idat.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        var stride = (width * 2) + 1;
        var rows = new byte[stride * height];
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.ReadExactly(rows);
        }

        var counts = new int[5];
        for (var y = 0; y < height; y++)
        {
            counts[Math.Min((int)rows[y * stride], 4)]++;
        }

        return counts;
    }
}
