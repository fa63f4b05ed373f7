using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Explanations;

namespace DroneInspect.Cases.Tests.Explanations;

public sealed class ResultsExplanationBuilderTests
{
    private static string AllText(ResultsExplanation e) =>
        string.Join("\n", e.Sections.SelectMany(s => s.Paragraphs.Concat(s.Items).Append(s.Heading)).Append(e.Intro));

    [Fact]
    public void EveryPartIsThereInOrder()
    {
        var explanation = ExplanationSamples.Explain(ExplanationSamples.Request(ExplanationSamples.Customer("Ann Lee", CustomerType.Household, "en"), ExplanationSamples.HotClamp()));

        Assert.Equal(Enum.GetValues<ExplanationSectionKind>(), explanation.Sections.Select(s => s.Kind));
        Assert.Equal("Dear Ann Lee,", explanation.Greeting);
        Assert.Contains("CASE-42", explanation.Intro);
        Assert.Equal(2, explanation.Section(ExplanationSectionKind.Evidence).Images.Count);
        Assert.Contains("tightened", explanation.Section(ExplanationSectionKind.WorkDone).Paragraphs[0]);
        Assert.Contains("DL/T 664-2016", explanation.Section(ExplanationSectionKind.Grade).Paragraphs[0]);
        Assert.Contains("serious defect", explanation.Section(ExplanationSectionKind.Grade).Paragraphs[0]);
        Assert.Contains("delta_t >= 80 %", explanation.Section(ExplanationSectionKind.Grade).Paragraphs[1]);
    }

    [Fact]
    public void CelsiusMapsSayHowAndHowWellTheyWereMeasured()
    {
        var measurement = ExplanationSamples.Explain(ExplanationSamples.Request(ExplanationSamples.Customer("A", CustomerType.Household, "en"), ExplanationSamples.HotClamp()))
            .Section(ExplanationSectionKind.Measurement).Items;

        Assert.Contains("Camera: DJI M3T", measurement);
        Assert.Contains("Captured: 2025-06-12 03:30 UTC", measurement);
        Assert.Contains("Hottest point: 92.4 °C", measurement);
        Assert.Contains("Compared with: 31.2 °C (a similar part under the same load)", measurement);
        Assert.Contains("Air temperature: 24.0 °C (weather record)", measurement);
        Assert.Contains(measurement, m => m.Contains("±2 to ±5 °C"));
    }

    [Theory]
    [InlineData("en", "counts")]
    [InlineData("zh-CN", "计数值")]
    public void CountsMapsNeverCallTheirNumbersCelsius(string language, string countsWord)
    {
        var earlier = new EarlierInspection(ExplanationSamples.CapturedAtUtc.AddYears(-1), 7900, Absolute: false, "general");
        var explanation = ExplanationSamples.Explain(ExplanationSamples.Request(
            ExplanationSamples.Customer("A", CustomerType.Household, language), ExplanationSamples.HotClamp(absolute: false), [earlier]));

        var measurement = explanation.Section(ExplanationSectionKind.Measurement).Items;
        Assert.Contains(measurement, m => m.Contains("8123 " + countsWord));
        Assert.Contains(measurement, m => m.Contains("7410 " + countsWord));
        Assert.Contains(explanation.Section(ExplanationSectionKind.History).Items, m => m.Contains("7900 " + countsWord));
        Assert.DoesNotContain(measurement, m => m.Contains("°C"));
        Assert.DoesNotContain("8123 °C", AllText(explanation));
        Assert.DoesNotContain(measurement, m => m.Contains("±2"));
    }

    [Fact]
    public void FirstInspectionIsSaidSoAndEarlierOnesAreListedOldestFirst()
    {
        var customer = ExplanationSamples.Customer("A", CustomerType.Household, "en");
        var first = ExplanationSamples.Explain(ExplanationSamples.Request(customer, ExplanationSamples.HotClamp()));
        Assert.Equal(["This is the first inspection of this equipment on record."], first.Section(ExplanationSectionKind.History).Paragraphs);
        Assert.Single(first.Section(ExplanationSectionKind.Chart).Images);

        EarlierInspection[] earlier =
        [
            new(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), 61.0, true, "general"),
            new(new DateTimeOffset(2023, 5, 3, 0, 0, 0, TimeSpan.Zero), 40.5, true, "none"),
        ];
        var later = ExplanationSamples.Explain(ExplanationSamples.Request(customer, ExplanationSamples.HotClamp(), earlier));
        Assert.Equal(
            ["2023-05-03: hottest point 40.5 °C, grade no defect", "2024-05-01: hottest point 61.0 °C, grade general defect"],
            later.Section(ExplanationSectionKind.History).Items);
        Assert.Equal(2, later.Section(ExplanationSectionKind.Chart).Images.Count);
    }

    [Fact]
    public void ChartsArePngsOfTheChartSize()
    {
        var chart = ExplanationSamples.Explain(ExplanationSamples.Request(ExplanationSamples.Customer("A", CustomerType.Industrial, "zh-CN"), ExplanationSamples.HotClamp()))
            .Section(ExplanationSectionKind.Chart).Images.Single().Png;

        Assert.True(ExplanationEvidence.IsPng(chart));
        using var bitmap = SkiaSharp.SKBitmap.Decode(chart);
        Assert.Equal((TemperatureChart.WidthPixels, TemperatureChart.HeightPixels), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void ChineseCustomersGetChineseTexts()
    {
        var explanation = ExplanationSamples.Explain(ExplanationSamples.Request(ExplanationSamples.Customer("王小明", CustomerType.Household, "zh-CN"), ExplanationSamples.HotClamp()));

        Assert.Equal("尊敬的王小明：", explanation.Greeting);
        Assert.Equal("发现了什么", explanation.Section(ExplanationSectionKind.Found).Heading);
        Assert.Contains("严重缺陷", explanation.Section(ExplanationSectionKind.Grade).Paragraphs[0]);
        Assert.Contains("线夹", explanation.Section(ExplanationSectionKind.Found).Paragraphs[0]);
    }

    [Fact]
    public void EvidenceThatIsNotPngIsRefused()
    {
        var request = ExplanationSamples.Request(ExplanationSamples.Customer("A", CustomerType.Household, "en"), ExplanationSamples.HotClamp())
            with { Evidence = new ExplanationEvidence([0xFF, 0xD8, 0xFF, 0xE0], null, null) };
        Assert.Throws<ArgumentException>(() => ExplanationSamples.Explain(request));
    }
}
