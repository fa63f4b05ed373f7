using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Notices;
using static DroneInspect.Cases.Tests.Notices.NoticeTestData;

namespace DroneInspect.Cases.Tests.Notices;

public sealed class NoticePlannerTests
{
    [Fact]
    public void NoticeGoesOutThreeDaysBeforeTheWindowByDefault()
    {
        var plan = Plan(Household());

        Assert.Equal(WindowStartUtc - TimeSpan.FromDays(3), plan.SendAtUtc);
        Assert.Equal(WindowStartUtc - TimeSpan.FromDays(3), plan.Notices.Single().SendAtUtc);
        Assert.Equal(ShortNoticeReason.None, plan.ShortNotice);
        Assert.Null(plan.Why);
        Assert.Empty(plan.Problems);
    }

    [Fact]
    public void LeadTimeIsConfigurable()
    {
        var plan = Plan(Household(preferred: ContactChannel.Email), options: Options(TimeSpan.FromDays(5)));

        Assert.Equal(WindowStartUtc - TimeSpan.FromDays(5), plan.Notices.Single().SendAtUtc);
        Assert.Equal(ShortNoticeReason.None, plan.ShortNotice);
    }

    [Fact]
    public void CriticalRepairGoesOutAtOnceAndSaysWhy()
    {
        var plan = Plan(Household(preferred: ContactChannel.Email), CaseUrgency.Critical);
        var notice = plan.Notices.Single();

        Assert.Equal(NowUtc, notice.SendAtUtc);
        Assert.Equal(ShortNoticeReason.Critical, plan.ShortNotice);
        Assert.Equal("critical defect, repair cannot wait 3 days", plan.Why);
        Assert.Contains("sorry for the short notice: the fault could affect safety, so the repair cannot wait the usual 3 days", notice.Text.Body);
        Assert.StartsWith("Urgent repair", notice.Text.Subject);
        Assert.Empty(plan.Problems);
    }

    [Fact]
    public void CriticalReasonInChineseIsInTheTextAndThePlan()
    {
        var options = Options() with { ServiceDeskLanguage = CaseLanguages.SimplifiedChinese };

        var plan = Plan(Household(CaseLanguages.SimplifiedChinese), CaseUrgency.Critical, options: options);

        Assert.Equal("危急缺陷，检修不能等待3天", plan.Why);
        Assert.Contains("因存在安全隐患需尽快处理，未能提前3天通知您，敬请谅解。", plan.Notices.Single().Text.Body);
    }

    [Fact]
    public void WindowInsideTheLeadTimeIsSentAtOnceAndReportedAsAPlanningProblem()
    {
        var now = WindowStartUtc - TimeSpan.FromHours(30);

        var plan = Plan(Household(preferred: ContactChannel.Email), nowUtc: now);

        Assert.Equal(now, plan.SendAtUtc);
        Assert.Equal(ShortNoticeReason.Late, plan.ShortNotice);
        Assert.Equal("the window starts in less than the 3-day lead time", plan.Why);
        Assert.Contains("we could not arrange this work the usual 3 days ahead", plan.Notices.Single().Text.Body);
        var problem = Assert.Single(plan.Problems);
        Assert.Equal(NoticeProblemKind.WindowInsideLeadTime, problem.Kind);
        Assert.Contains("customers are told only 30 hours ahead", problem.Detail);
        Assert.Contains("Move the window to Saturday 12 December 2026, 03:00 (Beijing time) or later", problem.Detail);
    }

    [Fact]
    public void WindowExactlyTheLeadTimeAwayIsOnTime()
    {
        var plan = Plan(Household(), nowUtc: WindowStartUtc - TimeSpan.FromDays(3));

        Assert.Equal(ShortNoticeReason.None, plan.ShortNotice);
        Assert.Empty(plan.Problems);
    }

    [Fact]
    public void WindowAlreadyStartedIsReported()
    {
        var plan = Plan(Household(), nowUtc: WindowStartUtc.AddMinutes(10));

        Assert.Equal(NoticeProblemKind.WindowAlreadyStarted, Assert.Single(plan.Problems).Kind);
    }

    [Fact]
    public void NoCustomersIsReported()
    {
        var plan = new NoticePlanner(Options()).Plan(CaseId, [HotClamp()], Window(), [], NowUtc);

        Assert.Empty(plan.Notices);
        Assert.Equal(NoticeProblemKind.NoCustomers, Assert.Single(plan.Problems).Kind);
    }

    [Fact]
    public void PreferredChannelIsUsedWhenTheCustomerCanBeReachedThere()
    {
        var notice = Plan(Household(preferred: ContactChannel.Email)).Notices.Single();

        Assert.Equal(ContactChannel.Email, notice.Channel);
        Assert.Equal("li.wei@example.cn", notice.Recipient);
        Assert.False(notice.FellBack);
        Assert.NotNull(notice.Text.Subject);
    }

    [Fact]
    public void PreferredEmailWithoutAnAddressFallsBackToSms()
    {
        var customer = Household(preferred: ContactChannel.Email) with { Email = null };

        var notice = Plan(customer).Notices.Single();

        Assert.Equal(ContactChannel.Sms, notice.Channel);
        Assert.Equal("+86 138 0013 8000", notice.Recipient);
        Assert.True(notice.FellBack);
        Assert.Null(notice.Text.Subject);
        Assert.True(notice.Text.SmsParts >= 1);
    }

    [Fact]
    public void CustomerWithNoContactOnFileGetsALetterOnAVisit()
    {
        var customer = Household(preferred: ContactChannel.Sms) with { Phone = null, Email = null };

        var notice = Plan(customer).Notices.Single();

        Assert.Equal(ContactChannel.Visit, notice.Channel);
        Assert.Null(notice.Recipient);
        Assert.Contains("09:00–12:00", notice.Text.Body);
    }

    [Fact]
    public void EachCustomerIsWrittenToInTheirOwnLanguageUnlessOverridden()
    {
        Customer[] customers = [Household(CaseLanguages.English), Household(CaseLanguages.SimplifiedChinese) with { Account = "100235" }, Household("fr") with { Account = "100236" }];
        var planner = new NoticePlanner(Options());

        var own = planner.Plan(CaseId, [HotClamp()], Window(), customers, NowUtc);
        var chinese = planner.Plan(CaseId, [HotClamp()], Window(), customers, NowUtc, CaseLanguages.SimplifiedChinese);

        Assert.Equal([CaseLanguages.English, CaseLanguages.SimplifiedChinese, CaseLanguages.English], own.Notices.Select(n => n.Language));
        Assert.All(chinese.Notices, n => Assert.Contains("尊敬的客户", n.Text.Body));
    }

    [Fact]
    public void IdempotencyKeysAreStableAcrossPlansAndDistinctPerCustomerAndWindow()
    {
        Customer[] customers = [Household(), Household() with { Account = "100235" }];
        var planner = new NoticePlanner(Options());

        var first = planner.Plan(CaseId, [HotClamp()], Window(), customers, NowUtc).Notices.Select(n => n.IdempotencyKey).ToList();
        var again = planner.Plan(CaseId, [HotClamp(CaseUrgency.Critical)], Window(), customers, NowUtc.AddDays(2), CaseLanguages.SimplifiedChinese)
            .Notices.Select(n => n.IdempotencyKey).ToList();
        var moved = planner.Plan(CaseId, [HotClamp()], Window(startUtc: WindowStartUtc.AddDays(1)), customers, NowUtc).Notices.Select(n => n.IdempotencyKey).ToList();
        var otherCase = planner.Plan("case-0008", [HotClamp()], Window(), customers, NowUtc).Notices.Select(n => n.IdempotencyKey).ToList();

        Assert.Equal(first, again);
        Assert.Equal("notice:case-0007:100234:repair-notice:20261210T010000Z", first[0]);
        Assert.Equal(2, first.Distinct().Count());
        Assert.Empty(first.Intersect(moved));
        Assert.Empty(first.Intersect(otherCase));
    }

    [Fact]
    public void WindowThatEndsBeforeItStartsIsRefused()
    {
        var window = Window() with { EndUtc = WindowStartUtc.AddHours(-1) };

        var error = Assert.Throws<ArgumentException>(() => Plan(Household(), window: window));
        Assert.Contains(CaseId, error.Message);
    }

    [Fact]
    public void CaseWithoutFindingsIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new NoticePlanner(Options()).Plan(CaseId, [], Window(), [Household()], NowUtc));
    }
}
