using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Notices;
using static DroneInspect.Cases.Tests.Notices.NoticeTestData;

namespace DroneInspect.Cases.Tests.Notices;

public sealed class ServiceTaskTests
{
    [Theory]
    [InlineData(CustomerNeeds.ContinuousSupply, "needs continuous supply")]
    [InlineData(CustomerNeeds.MedicalEquipment, "has medical equipment at home")]
    [InlineData(CustomerNeeds.ContinuousSupply | CustomerNeeds.MedicalEquipment, "needs continuous supply and has medical equipment at home")]
    public void CustomerWhoCannotLoseSupplyFlagsAnOutageWindow(CustomerNeeds needs, string named)
    {
        var plan = Plan(Household(needs: needs));

        var task = Assert.Single(plan.Tasks);
        Assert.Equal(ServiceTaskKind.SupplyFlag, task.Kind);
        Assert.Equal("100234", task.Account);
        Assert.StartsWith("Reschedule, arrange temporary supply or plan live-line work: Li Wei (account 100234)", task.Description);
        Assert.Contains(named, task.Description);
        Assert.Contains("about 2 hours in the window Thursday 10 December 2026, 09:00–12:00 (Beijing time)", task.Description);
        Assert.Equal(WindowStartUtc - TimeSpan.FromDays(3), task.DueUtc);
        Assert.Single(plan.Notices);
    }

    [Fact]
    public void NoOutageNoSupplyFlag()
    {
        var plan = Plan(Household(needs: CustomerNeeds.ContinuousSupply | CustomerNeeds.MedicalEquipment), window: Window(outage: false));

        Assert.Empty(plan.Tasks);
    }

    [Fact]
    public void ElderlyCustomerGetsACallAsWellAsTheWrittenNotice()
    {
        var plan = Plan(Household(CaseLanguages.SimplifiedChinese, ContactChannel.Phone, CustomerNeeds.Elderly));

        var task = Assert.Single(plan.Tasks);
        Assert.Equal(ServiceTaskKind.PhoneCall, task.Kind);
        Assert.Contains("Call Li Wei (account 100234) on +86 138 0013 8000", task.Description);
        Assert.Contains("plain words", task.Description);
        Assert.NotNull(task.Script);
        Assert.StartsWith("您好，请问是Li Wei吗？我是滨江供电公司的工作人员", task.Script);
        Assert.Contains("2026年12月10日", task.Script);
        Assert.Contains("95598", task.Script);
        var notice = Assert.Single(plan.Notices);
        Assert.Equal(ContactChannel.Sms, notice.Channel);
    }

    [Fact]
    public void ElderlyCustomerWithoutAPhoneIsVisited()
    {
        var customer = Household(needs: CustomerNeeds.Elderly) with { Phone = null, Email = null };

        var task = Assert.Single(Plan(customer).Tasks);

        Assert.Equal(ServiceTaskKind.PhoneCall, task.Kind);
        Assert.StartsWith("Visit Li Wei (account 100234)", task.Description);
    }

    [Fact]
    public void ElderlyCustomerNeedingSupplyGetsBothTasksWithDistinctKeys()
    {
        var plan = Plan(Household(needs: CustomerNeeds.Elderly | CustomerNeeds.MedicalEquipment));

        Assert.Equal([ServiceTaskKind.SupplyFlag, ServiceTaskKind.PhoneCall], plan.Tasks.Select(t => t.Kind));
        Assert.Equal(3, plan.Tasks.Select(t => t.IdempotencyKey).Append(plan.Notices.Single().IdempotencyKey).Distinct().Count());
    }

    [Fact]
    public void TasksAtShortNoticeAreDueBeforeTheWindowStarts()
    {
        var plan = Plan(Household(needs: CustomerNeeds.Elderly), Findings.CaseUrgency.Critical);

        Assert.Equal(WindowStartUtc, Assert.Single(plan.Tasks).DueUtc);
    }

    [Fact]
    public void DeskReadsTasksInItsOwnLanguage()
    {
        var options = Options() with { ServiceDeskLanguage = CaseLanguages.SimplifiedChinese };

        var task = Assert.Single(Plan(Household(needs: CustomerNeeds.MedicalEquipment), options: options).Tasks);

        Assert.StartsWith("请协调改期、安排临时供电或采用带电作业：Li Wei（户号100234）家中使用医疗设备", task.Description);
        Assert.Contains("2026年12月10日 星期四 09:00–12:00（北京时间）停电约2小时", task.Description);
    }
}
