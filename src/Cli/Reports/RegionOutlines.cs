using System.Globalization;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Rendering;
using DroneInspect.Vision.Thermal;
using OpenCvSharp;

namespace DroneInspect.Cli.Reports;

/// <summary>
/// The palette image of a map (<see cref="ThermalPngRenderer"/>) with each graded hotspot's box outlined and numbered
/// (#1, #2, ... in list order): cyan for whole regions, green for partial ones (on the frame's edge). Small maps are
/// enlarged by a whole factor (nearest neighbour) so outlines and labels stay legible.
/// </summary>
public static class RegionOutlines
{
    private const int TargetWidthPixels = 640;
    private const int MaxZoom = 4;

    public static byte[] Render(TemperatureMap map, IReadOnlyList<GradedHotspot> hotspots)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(hotspots);
        int zoom = Math.Clamp(TargetWidthPixels / Math.Max(1, map.Width), 1, MaxZoom);
        using var palette = Cv2.ImDecode(ThermalPngRenderer.Render(map), ImreadModes.Color);
        using var image = new Mat();
        Cv2.Resize(palette, image, new Size(palette.Width * zoom, palette.Height * zoom), 0, 0, InterpolationFlags.Nearest);
        for (int i = 0; i < hotspots.Count; i++)
        {
            var region = hotspots[i].Region;
            var colour = region.IsPartial ? new Scalar(0, 255, 0) : new Scalar(255, 255, 0);
            var box = new Rect(
                (int)(region.Box.X1 * zoom) - 1,
                (int)(region.Box.Y1 * zoom) - 1,
                (int)((region.Box.X2 - region.Box.X1) * zoom) + 2,
                (int)((region.Box.Y2 - region.Box.Y1) * zoom) + 2);
            Cv2.Rectangle(image, box, colour, 1);
            string label = "#" + (i + 1).ToString(CultureInfo.InvariantCulture);
            var at = new Point(Math.Clamp(box.X, 0, (map.Width * zoom) - 24), box.Y > 14 ? box.Y - 3 : box.Bottom + 12);
            Cv2.PutText(image, label, at, HersheyFonts.HersheySimplex, 0.4, new Scalar(0, 0, 0), 3, LineTypes.AntiAlias);
            Cv2.PutText(image, label, at, HersheyFonts.HersheySimplex, 0.4, colour, 1, LineTypes.AntiAlias);
        }

        Cv2.ImEncode(".png", image, out var png, new ImageEncodingParam(ImwriteFlags.PngCompression, 9));
        return png;
    }
}
