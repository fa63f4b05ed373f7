using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Flir;
using OpenCvSharp;

namespace DroneInspect.Ingestion.Tests.Thermal;

/// <summary>
/// The FLIR raw PNG decoder against libpng (through OpenCV), for every PNG row filter: libpng writes the PNG with the
/// filter forced, our decoder must give back exactly the samples that went in.
/// </summary>
public class GrayPng16DecoderTests
{
    private const ImwriteFlags PngFilter = (ImwriteFlags)19; // OpenCV's IMWRITE_PNG_FILTER

    public static TheoryData<int, int, int> Cases()
    {
        var data = new TheoryData<int, int, int>();
        foreach (var filter in new[] { 8, 16, 32, 64, 128, 248 }) // none, sub, up, average, paeth, libpng's choice per row
        {
            data.Add(filter, 640, 512); // pipelined: rows unfiltered on a second thread
            data.Add(filter, 33, 7); // odd width, few rows: one thread
            data.Add(filter, 1, 300);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EverySampleComesBackForEachRowFilter(int filter, int width, int height)
    {
        var samples = Scene(width, height, seed: filter + width);
        var png = Encode(samples, width, height, filter);

        var decoded = GrayPng16Decoder.DecodeByteSwapped(png, width, height);

        // DecodeByteSwapped reads each big-endian PNG sample little-endian (FLIR stores them swapped).
        var expected = samples.Select(s => (ushort)((s >> 8) | (s << 8))).ToArray();
        Assert.Equal(expected, decoded);
    }

    [Fact]
    public void TruncatedImageDataIsAClearError()
    {
        var png = Encode(Scene(640, 512, seed: 3), 640, 512, 128);
        var idat = png.AsSpan().IndexOf("IDAT"u8);
        var cut = png[..(idat + 4 + ((png.Length - idat) / 2))]; // half the image data, no IEND

        var error = Assert.Throws<ThermalFormatException>(() => GrayPng16Decoder.DecodeByteSwapped(cut, 640, 512));
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A thermal-like scene: a smooth gradient with hot blobs and sensor noise, so every filter gets real work.</summary>
    private static ushort[] Scene(int width, int height, int seed)
    {
        var random = new Random(seed);
        var samples = new ushort[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var blob = 3000 * Math.Exp(-(((x - (width / 3.0)) * (x - (width / 3.0))) + ((y - (height / 2.0)) * (y - (height / 2.0)))) / 400.0);
                samples[(y * width) + x] = (ushort)(18000 + (2 * x) + y + blob + random.Next(-40, 41));
            }
        }

        return samples;
    }

    private static byte[] Encode(ushort[] samples, int width, int height, int filter)
    {
        using var mat = new Mat(height, width, MatType.CV_16UC1);
        mat.SetArray(samples);
        Cv2.ImEncode(".png", mat, out var png, new ImageEncodingParam(PngFilter, filter));
        return png;
    }
}
