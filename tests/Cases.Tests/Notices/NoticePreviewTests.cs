using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Notices;
using static DroneInspect.Cases.Tests.Notices.NoticeTestData;

namespace DroneInspect.Cases.Tests.Notices;

public sealed class NoticePreviewTests
{
    private static readonly Customer[] Customers =
    [
        Household(CaseLanguages.English, ContactChannel.Email),
        Household(CaseLanguages.SimplifiedChinese, ContactChannel.Sms, CustomerNeeds.Elderly | CustomerNeeds.MedicalEquipment) with { Account = "100235", Name = "王秀英" },
    ];

    [Fact]
    public void ChinesePreviewWritesEveryTextInChinese()
    {
        var text = new NoticePreview(Options()).Preview(CaseId, [HotClamp(CaseUrgency.Critical)], Window(), Customers, NowUtc, CaseLanguages.SimplifiedChinese);

        Assert.Contains("工单case-0007的客户通知：检修，2026年12月10日 星期四 09:00–12:00（北京时间）", text);
        Assert.Contains("立即发送：危急缺陷，检修不能等待3天。", text);
        Assert.Contains("尊敬的Li Wei客户：", text);
        Assert.Contains("标题：【滨江供电公司】2026年12月10日紧急检修通知", text);
        Assert.Contains("请协调改期、安排临时供电或采用带电作业：王秀英（户号100235）家中使用医疗设备", text);
        Assert.Contains("您好，请问是王秀英吗？", text);
        Assert.Contains("notice:case-0007:100235:repair-notice:20261210T010000Z", text);
        Assert.DoesNotContain("Dear", text);
    }

    [Fact]
    public void EnglishPreviewShowsSendTimeNoticesTasksAndProblems()
    {
        var text = new NoticePreview(Options()).Preview(CaseId, [HotClamp()], Window(), Customers, WindowStartUtc.AddDays(-1), CaseLanguages.English);

        Assert.Contains("Notices for case case-0007: repair, Thursday 10 December 2026, 09:00–12:00 (Beijing time)", text);
        Assert.Contains("Send at: Wednesday 9 December 2026, 09:00 (Beijing time)", text);
        Assert.Contains("Sent at once: the window starts in less than the 3-day lead time.", text);
        Assert.Contains("Li Wei (account 100234), e-mail to li.wei@example.cn", text);
        Assert.Contains("王秀英 (account 100235), SMS to +86 138 0013 8000 (3 SMS messages)", text);
        Assert.Contains("Riverside Power: Dear customer,", text);
        Assert.Contains("Service team tasks", text);
        Assert.Contains("Call 王秀英 (account 100235)", text);
        Assert.Contains("Planning problems", text);
        Assert.Contains("customers are told only 1 day ahead", text);
    }

    [Fact]
    public void PreviewWithoutLanguageKeepsEachCustomersOwn()
    {
        var text = new NoticePreview(Options()).Preview(CaseId, [HotClamp()], Window(), Customers, NowUtc, language: null);

        Assert.Contains("Dear Li Wei,", text);
        Assert.Contains("【滨江供电公司】尊敬的客户：您好！", text);
        Assert.Contains("On time: 3 days before the window.", text);
        Assert.Contains("Planning problems\n=================\nnone", text);
    }
}
