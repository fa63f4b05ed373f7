using System.Text;
using System.Text.RegularExpressions;
using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Explanations;
using DroneInspect.Cases.Explanations.Pdf;

namespace DroneInspect.Cases.Tests.Explanations;

public sealed partial class PdfExplanationRendererTests
{
    private static (ResultsExplanation Explanation, byte[] Pdf) Render(string name, CustomerType type, string language)
    {
        var explanation = ExplanationSamples.Explain(ExplanationSamples.Request(ExplanationSamples.Customer(name, type, language), ExplanationSamples.HotClamp()));
        return (explanation, new PdfExplanationRenderer(ExplanationSamples.Fonts).Render(explanation));
    }

    /// <summary>pdftotext breaks lines where the PDF does; compare without whitespace.</summary>
    private static string Squeeze(string text) => WhiteSpace().Replace(text, "");

    [PdftotextFact]
    public void EnglishPdfTextCanBeExtracted()
    {
        var (explanation, pdf) = Render("Ann Lee", CustomerType.Household, "en");
        var text = Squeeze(Pdftotext.Extract(pdf));

        Assert.Contains("DearAnnLee,", text);
        Assert.Contains("Grade:seriousdefect(standardDL/T664-2016)", text);
        foreach (var section in explanation.Sections) Assert.Contains(Squeeze(section.Heading), text);
        Assert.Contains(Squeeze(explanation.Section(ExplanationSectionKind.Advice).Items[0]), text);
        Assert.Contains("Hottestpoint:92.4°C", text);
    }

    [PdftotextFact]
    public void ChinesePdfTextCanBeExtracted()
    {
        var (explanation, pdf) = Render("王小明", CustomerType.Industrial, "zh-CN");
        var text = Squeeze(Pdftotext.Extract(pdf));

        Assert.Contains("尊敬的王小明：", text);
        foreach (var heading in new[] { "发现了什么", "为什么重要", "温度对比", "缺陷等级", "处理情况", "温馨提示", "测量方法", "该设备的历次巡检" })
            Assert.Contains(heading, text);
        Assert.Contains("严重缺陷", text);
        Assert.Contains("DL/T664-2016", text);
        foreach (var advice in explanation.Section(ExplanationSectionKind.Advice).Items) Assert.Contains(Squeeze(advice), text);
    }

    [PdftotextFact]
    public void ChineseNameInAnEnglishLetterIsKept()
    {
        var (_, pdf) = Render("王小明", CustomerType.Household, "en");
        Assert.Contains("Dear王小明,", Squeeze(Pdftotext.Extract(pdf)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void PdfHoldsTheChartAndTheEvidenceAsImages(string language)
    {
        var (_, pdf) = Render("A", CustomerType.Household, language);
        var latin1 = Encoding.Latin1.GetString(pdf);

        Assert.StartsWith("%PDF-", latin1);
        var images = ImageXObject().Matches(latin1).Select(m => m.Value).ToList();
        Assert.Contains(images, i => i.Contains($"/Width {TemperatureChart.WidthPixels}") && i.Contains($"/Height {TemperatureChart.HeightPixels}"));
        Assert.Equal(2, images.Count(i => i.Contains("/Width 64") && i.Contains("/Height 48")));
    }

    [Fact]
    public void PdfEmbedsSubsetFontsWithAUnicodeMap()
    {
        var (_, pdf) = Render("王小明", CustomerType.Household, "zh-CN");
        var latin1 = Encoding.Latin1.GetString(pdf);

        Assert.Contains("/FontFile2", latin1);
        Assert.Contains("/ToUnicode", latin1);
        Assert.Matches(@"/BaseFont\s*/[A-Z]{6}\+WenQuanYi", latin1);
        Assert.True(pdf.Length < 2_000_000, $"a subset CJK font keeps the letter small; it is {pdf.Length} bytes");
    }

    [GeneratedRegex(@"<<[^<>]*/Subtype\s*/Image[^<>]*>>")]
    private static partial Regex ImageXObject();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
