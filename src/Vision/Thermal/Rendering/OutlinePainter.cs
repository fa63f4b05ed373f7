using SkiaSharp;

namespace DroneInspect.Vision.Thermal.Rendering;

/// <summary>
/// Draws boxes and labels over a palette image enlarged <see cref="Zoom"/> times (see
/// <see cref="Ingestion.Thermal.Rendering.ThermalPngRenderer.RenderBitmap"/>): each line 1 image pixel wide in its
/// colour over a black halo, so it shows on any part of the palette. Boxes are in map pixels (inclusive X1/Y1,
/// exclusive X2/Y2) and are drawn just outside the pixels they hold.
/// </summary>
public sealed class OutlinePainter(SKCanvas canvas, int zoom, int mapWidthPixels, int mapHeightPixels) : IDisposable
{
    /// <summary>Whole regions.</summary>
    public static readonly SKColor Cyan = new(0, 255, 255);

    /// <summary>Regions on the frame's edge (partial).</summary>
    public static readonly SKColor Green = new(0, 255, 0);

    /// <summary>Where the reference was sampled.</summary>
    public static readonly SKColor White = SKColors.White;

    private readonly SKFont _font = new(SKTypeface.Default, 12);
    private readonly SKPaint _halo = new() { Color = SKColors.Black, IsAntialias = false, Style = SKPaintStyle.Stroke, StrokeWidth = 3 };
    private readonly SKPaint _line = new() { IsAntialias = false, Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
    private readonly SKPaint _text = new() { IsAntialias = true };

    public int Zoom => zoom;

    /// <summary>The image rectangle just outside the map pixels of <paramref name="box"/>, clipped to the map's image area.</summary>
    public SKRect Around(PixelBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        float right = (mapWidthPixels * zoom) - 0.5f;
        float bottom = (mapHeightPixels * zoom) - 0.5f;
        return new SKRect(
            Math.Clamp((box.X1 * zoom) - 1.5f, 0.5f, right),
            Math.Clamp((box.Y1 * zoom) - 1.5f, 0.5f, bottom),
            Math.Clamp((box.X2 * zoom) + 0.5f, 0.5f, right),
            Math.Clamp((box.Y2 * zoom) + 0.5f, 0.5f, bottom));
    }

    /// <summary>Outlines <paramref name="box"/>; <paramref name="dashed"/> for areas that are sampled, not found.</summary>
    public SKRect Box(PixelBox box, SKColor colour, bool dashed = false)
    {
        var rect = Around(box);
        using var dash = dashed ? SKPathEffect.CreateDash([4, 3], 0) : null;
        _line.Color = colour;
        _line.PathEffect = dash;
        canvas.DrawRect(rect, _halo);
        canvas.DrawRect(rect, _line);
        _line.PathEffect = null;
        return rect;
    }

    /// <summary>A small cross centred on map pixel (x, y): the hottest pixel.</summary>
    public void Cross(int x, int y, SKColor colour)
    {
        float cx = (x + 0.5f) * zoom;
        float cy = (y + 0.5f) * zoom;
        float arm = 3 + zoom;
        _line.Color = colour;
        foreach (var paint in new[] { _halo, _line })
        {
            canvas.DrawLine(cx - arm, cy, cx - 1, cy, paint);
            canvas.DrawLine(cx + 1, cy, cx + arm, cy, paint);
            canvas.DrawLine(cx, cy - arm, cx, cy - 1, paint);
            canvas.DrawLine(cx, cy + 1, cx, cy + arm, paint);
        }
    }

    /// <summary>
    /// A label above <paramref name="rect"/> (below it when there is no room above), or below it with
    /// <paramref name="below"/> (above when there is no room below), kept inside the map's image area.
    /// </summary>
    public void Label(SKRect rect, string text, SKColor colour, bool below = false)
    {
        float width = _font.MeasureText(text);
        float x = Math.Clamp(rect.Left, 1, Math.Max(1, (mapWidthPixels * zoom) - width - 1));
        bool roomAbove = rect.Top > 16;
        bool roomBelow = rect.Bottom + 14 < mapHeightPixels * zoom;
        float y = (below && roomBelow) || !roomAbove ? rect.Bottom + 14 : rect.Top - 4;
        Text(x, y, text, colour);
    }

    /// <summary>Text with its baseline at (x, y) in image pixels, in <paramref name="colour"/> over a black halo.</summary>
    public void Text(float x, float y, string text, SKColor colour)
    {
        _text.Color = SKColors.Black;
        _text.Style = SKPaintStyle.Stroke;
        _text.StrokeWidth = 3;
        canvas.DrawText(text, x, y, SKTextAlign.Left, _font, _text);
        _text.Color = colour;
        _text.Style = SKPaintStyle.Fill;
        canvas.DrawText(text, x, y, SKTextAlign.Left, _font, _text);
    }

    public void Dispose()
    {
        _font.Dispose();
        _halo.Dispose();
        _line.Dispose();
        _text.Dispose();
    }
}
