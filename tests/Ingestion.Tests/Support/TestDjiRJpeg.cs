using System.Buffers.Binary;
using OpenCvSharp;

namespace DroneInspect.Ingestion.Tests.Support;

/// <summary>
/// Writes DJI R-JPEG layouts from the format: a real (OpenCV-encoded) JPEG whose SOF states the frame size, with the
/// raw 16-bit little-endian counts split over APPn segments inserted after its start-of-image marker.
/// </summary>
public static class TestDjiRJpeg
{
    /// <summary>The count written at pixel (x, y): distinct neighbours, values up to 17,000.</summary>
    public static ushort Count(int x, int y) => (ushort)(1000 + ((x * 7) + (y * 13)) % 16000);

    /// <summary>Raw counts of a <paramref name="width"/> x <paramref name="height"/> map, little-endian, row-major.</summary>
    public static byte[] Raw(int width, int height)
    {
        var raw = new byte[width * height * 2];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(raw.AsSpan(((y * width) + x) * 2), Count(x, y));
            }
        }

        return raw;
    }

    /// <summary><paramref name="data"/> cut into payloads of at most <paramref name="chunk"/> bytes, all of <paramref name="marker"/>.</summary>
    public static IEnumerable<(byte Marker, byte[] Payload)> Split(byte marker, byte[] data, int chunk)
    {
        for (var at = 0; at < data.Length; at += chunk)
        {
            yield return (marker, data.AsSpan(at, Math.Min(chunk, data.Length - at)).ToArray());
        }
    }

    /// <summary>A JPEG of <paramref name="frameWidth"/> x <paramref name="frameHeight"/> with <paramref name="segments"/> right after SOI.</summary>
    public static byte[] Create(int frameWidth, int frameHeight, IEnumerable<(byte Marker, byte[] Payload)> segments)
    {
        using var image = new Mat(frameHeight, frameWidth, MatType.CV_8UC1, Scalar.All(90));
        var jpeg = image.ImEncode(".jpg");
        using var output = new MemoryStream();
        output.Write(jpeg, 0, 2);
        foreach (var (marker, payload) in segments)
        {
            var length = payload.Length + 2;
            output.Write([0xFF, marker, (byte)(length >> 8), (byte)length]);
            output.Write(payload);
        }

        output.Write(jpeg, 2, jpeg.Length - 2);
        return output.ToArray();
    }

    /// <summary>
    /// The Zenmuse XT S layout: 32 KB of other data in APP3, then the raw 640x512 counts in eleven APP4 segments
    /// (ten full ones of 65,532 bytes and one of 40).
    /// </summary>
    public static byte[] XtS()
    {
        var app3 = Enumerable.Range(0, 32 * 1024).Select(i => (byte)(i * 31)).ToArray();
        return Create(640, 512, [(0xE3, app3), .. Split(0xE4, Raw(640, 512), 65532)]);
    }
}
