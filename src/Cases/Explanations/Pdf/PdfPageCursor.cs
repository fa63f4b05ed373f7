using DroneInspect.Cases.Explanations.Fonts;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DroneInspect.Cases.Explanations.Pdf;

/// <summary>Writes top to bottom on A4 pages, starting a new page when the next line or picture does not fit. Units: points.</summary>
internal sealed class PdfPageCursor(PdfDocument document, ExplanationFonts fonts, string language) : IDisposable
{
    private const double MarginPoints = 50;
    private const double LineSpacing = 1.35;

    private readonly PdfFontResolver _resolver = PdfFontResolver.Installed;
    private XGraphics? _graphics;
    private PdfPage? _page;
    private double _yPoints;

    private double WidthPoints => _page!.Width.Point - 2 * MarginPoints;

    private double BottomPoints => _page!.Height.Point - MarginPoints;

    /// <summary>Writes <paramref name="text"/> wrapped to the page width, in the font its characters need.</summary>
    public void Text(string text, double sizePoints, bool bold = false, string prefix = "")
    {
        EnsurePage();
        var font = Font(prefix + text, sizePoints, bold);
        var lineHeight = sizePoints * LineSpacing;
        var indent = prefix.Length == 0 ? 0 : _graphics!.MeasureString(prefix, font).Width;
        var lines = PdfTextLines.Wrap(_graphics!, font, text, WidthPoints - indent);
        for (var i = 0; i < lines.Count; i++)
        {
            if (_yPoints + lineHeight > BottomPoints) NewPage();
            if (i == 0 && prefix.Length > 0) _graphics!.DrawString(prefix, font, XBrushes.Black, MarginPoints, _yPoints, XStringFormats.TopLeft);
            _graphics!.DrawString(lines[i], font, XBrushes.Black, MarginPoints + indent, _yPoints, XStringFormats.TopLeft);
            _yPoints += lineHeight;
        }
    }

    /// <summary>Draws a PNG scaled to fit the page width (never enlarged), with its caption below.</summary>
    public void Image(byte[] png, string caption, double maxHeightPoints)
    {
        EnsurePage();
        using var stream = new MemoryStream(png, writable: false);
        using var image = XImage.FromStream(stream);
        var scale = Math.Min(1.0, Math.Min(WidthPoints / image.PointWidth, maxHeightPoints / image.PointHeight));
        var (width, height) = (image.PointWidth * scale, image.PointHeight * scale);
        if (_yPoints + height > BottomPoints) NewPage();
        _graphics!.DrawImage(image, MarginPoints, _yPoints, width, height);
        _yPoints += height + 4;
        Text(caption, 9);
    }

    /// <summary>Leaves <paramref name="points"/> of space.</summary>
    public void Space(double points)
    {
        EnsurePage();
        _yPoints += points;
    }

    public void Dispose() => _graphics?.Dispose();

    private XFont Font(string text, double sizePoints, bool bold)
    {
        var face = fonts.For(text, language, bold);
        var simulateBold = bold && face != fonts.LatinBold;
        return new XFont(_resolver.Register(face), sizePoints, simulateBold ? XFontStyleEx.Bold : XFontStyleEx.Regular,
            new XPdfFontOptions(PdfFontEncoding.Unicode));
    }

    private void EnsurePage()
    {
        if (_page is null) NewPage();
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        _page = document.AddPage();
        _page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _yPoints = MarginPoints;
    }
}
