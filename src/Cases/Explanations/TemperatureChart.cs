using System.Globalization;
using DroneInspect.Cases.Explanations.Fonts;
using DroneInspect.Cases.Findings;
using ScottPlot;

namespace DroneInspect.Cases.Explanations;

/// <summary>
/// Draws the explanation's charts with ScottPlot as PNG: the hot spot against its reference and the air, and the hot
/// spot at each inspection of the asset. Counts maps get a counts axis and no air bar (the air is in Celsius, the map is not).
/// </summary>
public sealed class TemperatureChart(ExplanationFonts fonts)
{
    /// <summary>Width of each chart image in pixels.</summary>
    public const int WidthPixels = 640;

    /// <summary>Height of each chart image in pixels.</summary>
    public const int HeightPixels = 320;

    private static readonly Lock FontLock = new();
    private static readonly HashSet<string> RegisteredFonts = new(StringComparer.Ordinal);

    /// <summary>Bars for the hot spot, the reference and (for Celsius maps) the air; null when the finding has no hot-spot value.</summary>
    public byte[]? Comparison(CaseFinding finding, ExplanationTexts texts)
    {
        if (finding.MaxTemperatureCelsius is not { } max) return null;
        var bars = new List<(string Label, double Value, Color Color)> { (texts.ChartHotSpot, max, Colors.OrangeRed) };
        if (finding.ReferenceTemperatureCelsius is { } reference) bars.Add((texts.ChartReference, reference, Colors.SteelBlue));
        if (finding.Absolute && finding.AmbientTemperatureCelsius is { } air) bars.Add((texts.ChartAmbient, air, Colors.Gray));

        var plot = NewPlot(texts);
        var plotted = plot.Add.Bars(bars.Select((b, i) => new Bar
        {
            Position = i,
            Value = b.Value,
            FillColor = b.Color,
            Label = b.Value.ToString("0.#", CultureInfo.InvariantCulture),
        }).ToArray());
        plotted.ValueLabelStyle.FontName = FontName(texts, "x");
        plotted.ValueLabelStyle.FontSize = 14;
        plot.Axes.Bottom.SetTicks(bars.Select((_, i) => (double)i).ToArray(), bars.Select(b => b.Label).ToArray());
        plot.YLabel(finding.Absolute ? texts.ChartAxisCelsius : texts.ChartAxisCounts);
        plot.Axes.Margins(bottom: 0, top: 0.15);
        return Png(plot, texts);
    }

    /// <summary>The hot spot at each earlier inspection and now, over time; null when there is no earlier value to compare.</summary>
    public byte[]? History(CaseFinding finding, IReadOnlyList<EarlierInspection> earlier, ExplanationTexts texts)
    {
        var points = earlier.Where(e => e.MaxTemperatureCelsius is not null && e.Absolute == finding.Absolute)
            .Select(e => (e.InspectedAtUtc, Value: e.MaxTemperatureCelsius!.Value))
            .ToList();
        if (points.Count == 0 || finding.MaxTemperatureCelsius is null || finding.CapturedAtUtc is null) return null;
        points.Add((finding.CapturedAtUtc.Value, finding.MaxTemperatureCelsius.Value));
        points.Sort((a, b) => a.InspectedAtUtc.CompareTo(b.InspectedAtUtc));

        var plot = NewPlot(texts);
        var scatter = plot.Add.Scatter(points.Select(p => p.InspectedAtUtc.UtcDateTime.ToOADate()).ToArray(), points.Select(p => p.Value).ToArray(), Colors.OrangeRed);
        scatter.LineWidth = 2;
        scatter.MarkerSize = 8;
        var dates = plot.Axes.DateTimeTicksBottom();
        dates.TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic
        {
            LabelFormatter = d => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };
        plot.Title(texts.ChartHistoryTitle);
        plot.YLabel(finding.Absolute ? texts.ChartAxisCelsius : texts.ChartAxisCounts);
        return Png(plot, texts);
    }

    private Plot NewPlot(ExplanationTexts texts)
    {
        var plot = new Plot();
        plot.Font.Set(FontName(texts, texts.Title));
        return plot;
    }

    private byte[] Png(Plot plot, ExplanationTexts texts)
    {
        plot.Font.Set(FontName(texts, texts.Title));
        return plot.GetImageBytes(WidthPixels, HeightPixels, ImageFormat.Png);
    }

    /// <summary>Registers the face with ScottPlot (once per file in the process) and gives the name to draw with.</summary>
    private string FontName(ExplanationTexts texts, string sample)
    {
        var face = fonts.For(sample, texts.Language, bold: false);
        var name = "explain:" + face.Path;
        lock (FontLock)
        {
            if (RegisteredFonts.Add(name)) ScottPlot.Fonts.AddFontFile(name, face.Path);
        }
        return name;
    }
}
