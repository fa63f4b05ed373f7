using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Explanations;
using DroneInspect.Cases.Explanations.Html;

namespace DroneInspect.Cases.Tests.Explanations;

public sealed class HtmlExplanationRendererTests
{
    [Fact]
    public void HtmlHasEverySectionAndItsLanguage()
    {
        var explanation = ExplanationSamples.Explain(ExplanationSamples.Request(ExplanationSamples.Customer("王小明", CustomerType.Industrial, "zh-CN"), ExplanationSamples.HotClamp()));
        var html = HtmlExplanationRenderer.Render(explanation);

        Assert.Contains("<html lang=\"zh-CN\">", html);
        foreach (var section in explanation.Sections)
        {
            Assert.Contains($"<section id=\"{HtmlExplanationRenderer.SectionId(section.Kind)}\">", html);
            Assert.Contains($"<h2>{section.Heading}</h2>", html);
        }
        Assert.Contains("功率因数", html);
    }

    [Fact]
    public void HtmlIsSelfContainedWithPicturesAsDataUris()
    {
        var explanation = ExplanationSamples.Explain(ExplanationSamples.Request(ExplanationSamples.Customer("A", CustomerType.Household, "en"), ExplanationSamples.HotClamp()));
        var html = HtmlExplanationRenderer.Render(explanation);

        var images = explanation.Sections.SelectMany(s => s.Images).ToList();
        Assert.Equal(3, images.Count);
        foreach (var image in images) Assert.Contains("src=\"data:image/png;base64," + Convert.ToBase64String(image.Png) + "\"", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void NamesAndRecordsAreEscaped()
    {
        var request = ExplanationSamples.Request(ExplanationSamples.Customer("<script>alert('x')</script> & Sons", CustomerType.Commercial, "en"), ExplanationSamples.HotClamp())
            with { WorkRecord = "Replaced clamp <b>C-7</b>" };
        var html = HtmlExplanationRenderer.Render(ExplanationSamples.Explain(request));

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Sons", html);
        Assert.Contains("Replaced clamp &lt;b&gt;C-7&lt;/b&gt;", html);
    }
}
