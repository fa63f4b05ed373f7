using System.Globalization;
using OpenCvSharp;
using SkiaSharp;

namespace DroneInspect.Ingestion.Thermal.Rendering;

/// <summary>
/// Renders a map as a false-colour PNG (OpenCV's inferno palette over the map's own min..max) with a vertical scale
/// bar on the right, labelled with the maximum at the top and the minimum at the bottom in the map's unit.
/// </summary>
public static class ThermalPngRenderer
{
    /// <summary>Width in pixels of the band that holds the scale bar and its labels.</summary>
    public const int ScaleBandWidth = 110;

    private const int BarWidth = 18;
    private const int Margin = 8;

    /// <summary>The PNG bytes; <see cref="TemperatureMap.IsAbsolute"/> picks "°C" or "counts" for the labels.</summary>
    public static byte[] Render(TemperatureMap map)
    {
        using var bitmap = RenderBitmap(map, 1);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// The whole factor by which a map <paramref name="widthPixels"/> wide is enlarged (nearest neighbour) so outlines and
    /// labels drawn on it stay legible: about 640 pixels, at most 4 times.
    /// </summary>
    public static int ZoomFor(int widthPixels) => Math.Clamp(640 / Math.Max(1, widthPixels), 1, 4);

    /// <summary>
    /// The palette image as a bitmap the caller draws on and disposes: map pixel (x, y) covers image pixels
    /// [x * zoom, (x + 1) * zoom) (nearest neighbour), and the scale band (<see cref="ScaleBandWidth"/> wide, not
    /// enlarged) sits right of the map.
    /// </summary>
    public static SKBitmap RenderBitmap(TemperatureMap map, int zoom)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(zoom, 1);
        var stats = ThermalStatistics.Of(map.Values);
        var min = stats.Min ?? 0;
        var max = stats.Max ?? 0;
        var scale = max > min ? 255.0 / (max - min) : 0;
        using var gray = new Mat(map.Height, map.Width, MatType.CV_8UC1);
        var levels = new byte[map.Values.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            var v = map.Values[i];
            levels[i] = float.IsFinite(v) ? (byte)Math.Clamp(Math.Round((v - min) * scale), 0, 255) : (byte)0;
        }

        gray.SetArray(levels);
        using var ramp = new Mat(256, 1, MatType.CV_8UC1);
        ramp.SetArray(Enumerable.Range(0, 256).Select(i => (byte)(255 - i)).ToArray()); // hottest at the top
        using var colouredMap = new Mat();
        using var colouredRamp = new Mat();
        Cv2.ApplyColorMap(gray, colouredMap, ColormapTypes.Inferno);
        Cv2.ApplyColorMap(ramp, colouredRamp, ColormapTypes.Inferno);

        int mapWidth = map.Width * zoom;
        var height = Math.Max(map.Height * zoom, 120);
        var bitmap = new SKBitmap(new SKImageInfo(mapWidth + ScaleBandWidth, height, SKColorType.Bgra8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using (var image = ToSkImage(colouredMap))
        {
            canvas.DrawImage(image, SKRect.Create(0, 0, mapWidth, map.Height * zoom), new SKSamplingOptions(SKFilterMode.Nearest));
        }

        using (var bar = ToSkImage(colouredRamp))
        {
            canvas.DrawImage(bar, SKRect.Create(mapWidth + Margin, Margin, BarWidth, height - (2 * Margin)), new SKSamplingOptions(SKFilterMode.Nearest));
        }

        DrawLabels(canvas, mapWidth + Margin + BarWidth + 4, height, max, min, map.IsAbsolute);
        return bitmap;
    }

    private static void DrawLabels(SKCanvas canvas, float x, int height, double max, double min, bool absolute)
    {
        using var font = new SKFont(SKTypeface.Default, 12);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        var unit = absolute ? "°C" : "counts";
        var format = absolute ? "0.0" : "0";
        canvas.DrawText(max.ToString(format, CultureInfo.InvariantCulture), x, Margin + 12, SKTextAlign.Left, font, paint);
        canvas.DrawText(min.ToString(format, CultureInfo.InvariantCulture), x, height - Margin, SKTextAlign.Left, font, paint);
        canvas.DrawText(unit, x, height / 2f, SKTextAlign.Left, font, paint);
    }

    private static SKImage ToSkImage(Mat bgr)
    {
        using var bgra = new Mat();
        Cv2.CvtColor(bgr, bgra, ColorConversionCodes.BGR2BGRA);
        var info = new SKImageInfo(bgra.Width, bgra.Height, SKColorType.Bgra8888, SKAlphaType.Opaque);
        using var pixels = SKData.CreateCopy(bgra.Data, (int)(bgra.Total() * bgra.ElemSize()));
        return SKImage.FromPixels(info, pixels, (int)bgra.Step());
    }
}
