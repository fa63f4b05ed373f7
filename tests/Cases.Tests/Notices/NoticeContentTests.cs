using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Notices;
using DroneInspect.Cases.Planning;
using static DroneInspect.Cases.Tests.Notices.NoticeTestData;

namespace DroneInspect.Cases.Tests.Notices;

/// <summary>Every notice carries purpose, what, when (local time), how long, the outage and its length, and the hotline, in both languages and on every channel.</summary>
public sealed class NoticeContentTests
{
    public static TheoryData<string, ContactChannel, string[]> RequiredElements => new()
    {
        { CaseLanguages.English, ContactChannel.Sms, ["overheating clamp", "pole P-F3-04", "supplies your address", "repair", "Thu 10 Dec 2026, 09:00-12:00 (Beijing time)", "about 3 hours", "off for about 2 hours", "24-hour hotline: 95598"] },
        { CaseLanguages.English, ContactChannel.Email, ["overheating clamp", "pole P-F3-04", "supplies your address", "our crew will repair it.", "Thursday 10 December 2026", "09:00–12:00", "Beijing time", "Expected duration: about 3 hours", "Power cut: Yes, your power will be off for about 2 hours", "24-hour hotline 95598", "Customer Service Centre, Riverside Power"] },
        { CaseLanguages.English, ContactChannel.Phone, ["overheating clamp", "pole P-F3-04", "repair", "Thursday 10 December 2026", "09:00–12:00", "about 3 hours", "off for about 2 hours", "95598"] },
        { CaseLanguages.SimplifiedChinese, ContactChannel.Sms, ["【滨江供电公司】尊敬的客户：您好！", "P-F3-04号电杆上的线夹发热异常", "检修", "2026年12月10日 09:00–12:00", "北京时间", "预计用时约3小时", "期间需停电约2小时", "24小时服务热线95598"] },
        { CaseLanguages.SimplifiedChinese, ContactChannel.Email, ["尊敬的Li Wei客户：", "您好！", "P-F3-04号电杆上的线夹发热异常", "检修", "2026年12月10日 星期四 09:00–12:00（北京时间）", "预计用时：约3小时", "是否停电：需要停电，停电时间约2小时", "24小时服务热线95598", "滨江供电公司客户服务中心"] },
        { CaseLanguages.SimplifiedChinese, ContactChannel.Phone, ["P-F3-04号电杆上的线夹发热异常", "检修", "2026年12月10日", "09:00–12:00", "大约需要3小时", "期间需停电约2小时", "95598"] },
    };

    [Theory]
    [MemberData(nameof(RequiredElements))]
    public void NoticeCarriesEveryRequiredElement(string language, ContactChannel channel, string[] expected)
    {
        var notice = Plan(Household(language, channel)).Notices.Single();

        Assert.Equal(channel, notice.Channel);
        var text = $"{notice.Text.Subject}\n{notice.Text.Body}";
        foreach (var element in expected) Assert.Contains(element, text);
    }

    [Theory]
    [InlineData(CaseLanguages.English, "Your power will stay on", "off for")]
    [InlineData(CaseLanguages.SimplifiedChinese, "期间不停电", "需停电")]
    public void WindowWithoutOutageSaysSupplyStaysOn(string language, string stays, string cut)
    {
        var body = Plan(Household(language), window: Window(outage: false)).Notices.Single().Text.Body;

        Assert.Contains(stays, body);
        Assert.DoesNotContain(cut, body);
    }

    [Theory]
    [InlineData(CaseLanguages.English, ContactChannel.Email)]
    [InlineData(CaseLanguages.SimplifiedChinese, ContactChannel.Email)]
    [InlineData(CaseLanguages.English, ContactChannel.Sms)]
    [InlineData(CaseLanguages.SimplifiedChinese, ContactChannel.Sms)]
    public void TemperaturesAndGradeJargonNeverReachTheCustomer(string language, ContactChannel channel)
    {
        var text = Plan(Household(language, channel)).Notices.Single().Text;
        var all = $"{text.Subject}\n{text.Body}";

        foreach (var jargon in new[] { "96", "31.2", "65", "85", "°", "delta", "DL/T", "serious", "clamp/B" })
            Assert.DoesNotContain(jargon, all);
    }

    [Fact]
    public void LocalTimesFollowTheUtilitysZoneAcrossMidnight()
    {
        var lateEvening = Window(startUtc: new DateTimeOffset(2026, 12, 10, 14, 30, 0, TimeSpan.Zero));

        var body = Plan(Household(preferred: ContactChannel.Email), window: lateEvening).Notices.Single().Text.Body;

        Assert.Contains("Thursday 10 December 2026, 22:30 to Friday 11 December 2026, 01:30 (Beijing time)", body);
    }

    [Fact]
    public void WithoutAZoneNameTheOffsetIsShown()
    {
        var options = Options() with { TimeZoneName = null };

        var body = Plan(Household(preferred: ContactChannel.Email), options: options).Notices.Single().Text.Body;

        Assert.Contains("09:00–12:00 (UTC+08:00)", body);
    }

    [Fact]
    public void InspectionIsCalledACheckAndSeveralFindingsAreAllNamed()
    {
        var plan = new NoticePlanner(Options()).Plan(CaseId, [BirdNest(), HotClamp()], Window(kind: WorkKind.Inspection), [Household(preferred: ContactChannel.Email)], NowUtc);
        var body = plan.Notices.Single().Text.Body;

        Assert.Contains("found an overheating clamp on pole P-F3-04 and a bird's nest on tower T-22, on the line that supplies your address.", body);
        Assert.Contains("our crew will check them", body);
        Assert.Contains("Planned inspection", plan.Notices.Single().Text.Subject);
    }

    [Fact]
    public void ChineseComponentAndAssetWordsAreTranslated()
    {
        var finding = HotClamp() with { Component = "bushing", AssetKind = "transformer", AssetId = "TR-7" };

        var body = new NoticePlanner(Options()).Plan(CaseId, [finding, BirdNest()], Window(), [Household(CaseLanguages.SimplifiedChinese)], NowUtc).Notices.Single().Text.Body;

        Assert.Contains("为您供电的TR-7号变压器上的套管发热异常", body);
        Assert.Contains("为您供电的TR-7号变压器上的套管发热异常，以及T-22号杆塔上有鸟窝", body);
    }

    [Theory]
    [InlineData(CaseLanguages.English, 300)]
    [InlineData(CaseLanguages.SimplifiedChinese, 140)]
    public void OnTimeSmsStaysShortAndCountsItsParts(string language, int maxCharacters)
    {
        var text = Plan(Household(language)).Notices.Single().Text;

        Assert.True(text.Body.Length <= maxCharacters, $"{text.Body.Length} characters: {text.Body}");
        Assert.Equal(SmsSegments.Count(text.Body), text.SmsParts);
        Assert.Equal(2, text.SmsParts);
    }
}
