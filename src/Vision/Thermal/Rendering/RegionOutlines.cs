using System.Globalization;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Rendering;
using SkiaSharp;

namespace DroneInspect.Vision.Thermal.Rendering;

/// <summary>
/// The palette image of a map (<see cref="ThermalPngRenderer"/>) with each graded hotspot's box outlined and numbered
/// (#1, #2, ... in list order): cyan for whole regions, green for partial ones (on the frame's edge). Small maps are
/// enlarged by a whole factor (<see cref="ThermalPngRenderer.ZoomFor"/>) so outlines and labels stay legible.
/// </summary>
public static class RegionOutlines
{
    public static byte[] Render(TemperatureMap map, IReadOnlyList<GradedHotspot> hotspots)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(hotspots);
        int zoom = ThermalPngRenderer.ZoomFor(map.Width);
        using var bitmap = ThermalPngRenderer.RenderBitmap(map, zoom);
        using (var canvas = new SKCanvas(bitmap))
        using (var painter = new OutlinePainter(canvas, zoom, map.Width, map.Height))
        {
            for (int i = 0; i < hotspots.Count; i++)
            {
                var colour = hotspots[i].IsPartial ? OutlinePainter.Green : OutlinePainter.Cyan;
                var rect = painter.Box(hotspots[i].Region.Box, colour);
                painter.Label(rect, "#" + (i + 1).ToString(CultureInfo.InvariantCulture), colour);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
