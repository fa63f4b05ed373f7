using System.Text.Json.Nodes;
using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Notices.Templates;

namespace DroneInspect.Cases.Tests.Notices;

public sealed class NoticeTemplateTests
{
    [Fact]
    public void ShippedTemplatesLoadInBothLanguages()
    {
        Assert.Equal(CaseLanguages.SimplifiedChinese, NoticeTemplateLibrary.Shipped.For("zh-Hans").Language);
        Assert.Equal(CaseLanguages.English, NoticeTemplateLibrary.Shipped.For("en-GB").Language);
    }

    [Theory]
    [InlineData(CaseLanguages.English)]
    [InlineData(CaseLanguages.SimplifiedChinese)]
    public void TemplateWithAnUnknownPlaceholderIsRefused(string language)
    {
        var json = Edit(language, t => t["sms"] = t["sms"]!.GetValue<string>() + " {hotlne}");

        var error = Assert.Throws<NoticeTemplateException>(() => NoticeTemplates.Load(language, json));

        Assert.Contains("\"sms\" uses unknown placeholder {hotlne}", error.Message);
    }

    [Fact]
    public void PlaceholderAllowedElsewhereIsRefusedWhereItMeansNothing()
    {
        var json = Edit(CaseLanguages.English, t => t["component.clamp"] = "clamp near {hotline}");

        var error = Assert.Throws<NoticeTemplateException>(() => NoticeTemplates.Load(CaseLanguages.English, json));

        Assert.Contains("\"component.clamp\" uses unknown placeholder {hotline} (allowed: none)", error.Message);
    }

    [Fact]
    public void MissingKeyUnknownKeyAndBrokenBracesAreAllNamed()
    {
        var json = Edit(CaseLanguages.English, t =>
        {
            t.Remove("email.subject");
            t["emial.body"] = "typo";
            t["phone.script"] = "Hello {customerName";
        });

        var error = Assert.Throws<NoticeTemplateException>(() => NoticeTemplates.Load(CaseLanguages.English, json));

        Assert.Contains("missing key \"email.subject\"", error.Message);
        Assert.Contains("unknown key \"emial.body\"", error.Message);
        Assert.Contains("\"phone.script\": Unclosed '{'", error.Message);
    }

    [Fact]
    public void UtilityMayAddWordsForNewComponents()
    {
        var json = Edit(CaseLanguages.English, t => t["component.surge-arrester"] = "surge arrester");

        var templates = NoticeTemplates.Load(CaseLanguages.English, json);

        Assert.Equal("surge arrester", templates.Word("component", "surge-arrester"));
        Assert.Equal("part", templates.Word("component", "flux-capacitor"));
    }

    [Fact]
    public void UtilitysOwnTemplateFilesAreUsedForNotices()
    {
        var directory = Directory.CreateTempSubdirectory("notice-templates-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "notices-en.json"), Edit(CaseLanguages.English, t => t["sms"] = "{utility}: work on {windowShort}. Hotline {hotline}."));
            File.WriteAllText(Path.Combine(directory.FullName, "notices-zh-CN.json"), NoticeTemplateLibrary.ShippedJson(CaseLanguages.SimplifiedChinese));

            var planner = new Cases.Notices.NoticePlanner(NoticeTestData.Options(), NoticeTemplateLibrary.FromDirectory(directory.FullName));
            var notice = planner.Plan(NoticeTestData.CaseId, [NoticeTestData.HotClamp()], NoticeTestData.Window(), [NoticeTestData.Household()], NoticeTestData.NowUtc).Notices.Single();

            Assert.Equal("Riverside Power: work on Thu 10 Dec 2026, 09:00-12:00 (Beijing time). Hotline 95598.", notice.Text.Body);
            Assert.Equal(1, notice.Text.SmsParts);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void RendererRefusesAPlaceholderWithoutAValue()
    {
        var error = Assert.Throws<NoticeTemplateException>(() =>
            TemplateRenderer.Render("Call {hotline} on {day}", new Dictionary<string, string> { ["hotline"] = "95598" }));

        Assert.Contains("{day}", error.Message);
    }

    [Fact]
    public void RendererFillsPlaceholdersAndKeepsChineseText()
    {
        var text = TemplateRenderer.Render("请拨打{hotline}。", new Dictionary<string, string> { ["hotline"] = "95598" });

        Assert.Equal("请拨打95598。", text);
    }

    [Theory]
    [InlineData("stray } brace")]
    [InlineData("{not a name}")]
    [InlineData("{}")]
    public void RendererRefusesMalformedTemplates(string template)
    {
        Assert.Throws<NoticeTemplateException>(() => TemplateRenderer.Placeholders(template));
    }

    private static string Edit(string language, Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(NoticeTemplateLibrary.ShippedJson(language))!.AsObject();
        edit(json);
        return json.ToJsonString();
    }
}
