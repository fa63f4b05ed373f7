using System.Globalization;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Rendering;
using SkiaSharp;

namespace DroneInspect.Vision.Thermal.Rendering;

/// <summary>
/// One hotspot's thermal evidence: the whole frame in the palette with its temperature scale
/// (<see cref="ThermalPngRenderer"/>), the hot region outlined (cyan, green when on the frame's edge) with a cross on its
/// hottest pixel, and the reference marked in white where it was sampled (a dashed ring or a similar component's box);
/// a reference not sampled from one area (ambient air...) is written under the frame instead. Map pixel (x, y) covers
/// image pixels [x * zoom, (x + 1) * zoom).
/// </summary>
public static class EvidenceImage
{
    /// <summary>Writes the PNG to <paramref name="output"/>; returns the zoom the map was drawn at.</summary>
    public static int Render(TemperatureMap map, GradedHotspot hotspot, Stream output)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(hotspot);
        ArgumentNullException.ThrowIfNull(output);
        int zoom = ThermalPngRenderer.ZoomFor(map.Width);
        using var bitmap = ThermalPngRenderer.RenderBitmap(map, zoom);
        using (var canvas = new SKCanvas(bitmap))
        using (var painter = new OutlinePainter(canvas, zoom, map.Width, map.Height))
        {
            var around = MarkReference(painter, hotspot.ReferenceArea, hotspot.ReferenceSource, map.Height * zoom);
            var colour = hotspot.IsPartial ? OutlinePainter.Green : OutlinePainter.Cyan;
            var rect = painter.Box(hotspot.Region.Box, colour);
            painter.Cross(hotspot.Region.MaxX, hotspot.Region.MaxY, colour);
            painter.Label(around ?? rect, Tmax(hotspot, map.IsAbsolute), colour);
        }

        if (!bitmap.Encode(output, SKEncodedImageFormat.Png, 100))
        {
            throw new IOException("The evidence image could not be encoded as PNG or written.");
        }

        return zoom;
    }

    /// <summary>Marks the reference; returns the ring's outer rectangle when the ring surrounds the region (its Tmax label then goes above the ring).</summary>
    private static SKRect? MarkReference(OutlinePainter painter, ReferenceArea? area, string source, int mapImageHeight)
    {
        switch (area)
        {
            case { Kind: ReferenceArea.RingKind, Inner: { } inner, Outer: { } outer }:
                painter.Box(inner, OutlinePainter.White, dashed: true);
                var ring = painter.Box(outer, OutlinePainter.White, dashed: true);
                painter.Label(ring, "reference ring", OutlinePainter.White, below: true);
                return ring;
            case { Kind: ReferenceArea.BoxKind, Outer: { } box }:
                painter.Label(painter.Box(box, OutlinePainter.White, dashed: true), "reference", OutlinePainter.White, below: true);
                return null;
            default:
                painter.Text(4, mapImageHeight - 6, $"reference: {source}" + (area is null ? string.Empty : $" ({area.Note})"), OutlinePainter.White);
                return null;
        }
    }

    private static string Tmax(GradedHotspot hotspot, bool absolute) => absolute
        ? string.Create(CultureInfo.InvariantCulture, $"Tmax {hotspot.Region.MaxTemperatureCelsius:0.0} °C")
        : string.Create(CultureInfo.InvariantCulture, $"max {hotspot.Region.MaxTemperatureCelsius:0} counts");
}
