using System.Globalization;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Vision.Detection;
using DroneInspect.Vision.Thermal;
using OpenCvSharp;

namespace DroneInspect.Grains.Evidence;

/// <summary>
/// The RGB crop around a target box (the hot spot's projection, or a visual defect's box): at least
/// <see cref="MinCropPixels"/> square and three times the target's size, clipped to the image; the target outlined in
/// cyan, every detector box that reaches into the crop in yellow with its class and score. JPEG.
/// </summary>
public static class RgbCrop
{
    public const int MinCropPixels = 256;
    private const int JpegQuality = 90;

    /// <summary>
    /// Asks <paramref name="locate"/> for the target box in its pixels (given the image's width and
    /// height; null with a reason when there is none), and writes the crop. Null, with <paramref name="why"/>, when there
    /// is no target or the image cannot be read.
    /// </summary>
    public static RgbCropFile? Write(
        string folder, RgbImage rgb, Func<int, int, (PixelBox? Box, string? Why)> locate, IReadOnlyList<Detection> detections,
        out string? why)
    {
        if (rgb.Image is not { } image)
        {
            why = $"the RGB image {Path.GetFileName(rgb.Path)} cannot be read as an image";
            return null;
        }

        var (target, reason) = locate(image.Width, image.Height);
        if (target is null)
        {
            why = reason;
            return null;
        }

        var crop = CropAround(target, image.Width, image.Height);
        using var view = new Mat(image, crop);
        using var canvas = view.Clone();
        int drawn = 0;
        foreach (var d in detections)
        {
            if (Draw(canvas, crop, d.Box, new Scalar(0, 255, 255), string.Create(CultureInfo.InvariantCulture, $"{d.ClassName} {d.Score:0.00}")))
            {
                drawn++;
            }
        }

        Draw(canvas, crop, target, new Scalar(255, 255, 0), null);
        Cv2.ImEncode(".jpg", canvas, out var jpeg, new ImageEncodingParam(ImwriteFlags.JpegQuality, JpegQuality));
        var stored = EvidenceStore.Write(folder, EvidenceFiles.RgbJpegName, stream => stream.Write(jpeg));
        why = null;
        return new RgbCropFile(stored, crop.X, crop.Y, crop.Width, crop.Height, image.Width, image.Height, target, drawn);
    }

    private static Rect CropAround(PixelBox target, int width, int height)
    {
        double cx = (target.X1 + target.X2) / 2.0;
        double cy = (target.Y1 + target.Y2) / 2.0;
        int side = (int)Math.Ceiling(Math.Max(MinCropPixels, 3 * Math.Max(target.X2 - target.X1, target.Y2 - target.Y1)));
        int w = Math.Min(side, width);
        int h = Math.Min(side, height);
        int x = Math.Clamp((int)Math.Round(cx - (w / 2.0)), 0, width - w);
        int y = Math.Clamp((int)Math.Round(cy - (h / 2.0)), 0, height - h);
        return new Rect(x, y, w, h);
    }

    /// <summary>Draws <paramref name="box"/> (image pixels) on the crop; false when it does not reach into it.</summary>
    private static bool Draw(Mat canvas, Rect crop, PixelBox box, Scalar colour, string? label)
    {
        var rect = new Rect(
            (int)Math.Floor(box.X1) - crop.X - 1, (int)Math.Floor(box.Y1) - crop.Y - 1,
            (int)Math.Ceiling(box.X2 - box.X1) + 2, (int)Math.Ceiling(box.Y2 - box.Y1) + 2);
        if (rect.Right < 0 || rect.Bottom < 0 || rect.X >= crop.Width || rect.Y >= crop.Height)
        {
            return false;
        }

        Cv2.Rectangle(canvas, rect, new Scalar(0, 0, 0), 3);
        Cv2.Rectangle(canvas, rect, colour, 1);
        if (label is not null)
        {
            var at = new Point(Math.Clamp(rect.X, 0, Math.Max(0, crop.Width - 80)), rect.Y > 14 ? rect.Y - 3 : Math.Min(crop.Height - 3, rect.Bottom + 12));
            Cv2.PutText(canvas, label, at, HersheyFonts.HersheySimplex, 0.4, new Scalar(0, 0, 0), 3, LineTypes.AntiAlias);
            Cv2.PutText(canvas, label, at, HersheyFonts.HersheySimplex, 0.4, colour, 1, LineTypes.AntiAlias);
        }

        return true;
    }
}

/// <summary>The RGB crop as written: where it lies in the RGB image (pixels), the image's size, the target box and how many detector boxes were drawn.</summary>
public sealed record RgbCropFile(
    StoredFile File, int X, int Y, int Width, int Height, int ImageWidth, int ImageHeight, PixelBox Target, int DetectionsDrawn);

/// <summary>A capture's RGB image, read once on first use and shared by its sightings' crops; disposed with the capture's evidence.</summary>
public sealed class RgbImage(string path) : IDisposable
{
    private Mat? _image;
    private bool _read;

    public string Path { get; } = path;

    /// <summary>The decoded image (BGR), or null when the file cannot be read as an image.</summary>
    public Mat? Image
    {
        get
        {
            if (!_read)
            {
                _read = true;
                var image = Cv2.ImRead(Path, ImreadModes.Color);
                if (image.Empty())
                {
                    image.Dispose();
                }
                else
                {
                    _image = image;
                }
            }

            return _image;
        }
    }

    public void Dispose() => _image?.Dispose();
}
