using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Lifecycle;
using DroneInspect.Cases.Planning;
using DroneInspect.Grains.Abstractions.Cases;

namespace DroneInspect.Grains.Tests.Cases;

/// <summary>A case through its grain: every step an event with who and when, in order; refused steps record nothing.</summary>
public sealed class CaseGrainTests(CaseClusterFixture fixture) : IClassFixture<CaseClusterFixture>
{
    /// <summary>A request on flight "flight-{asset}", so that tests sharing the cluster never share a finding.</summary>
    private static CaseOpenRequest Request(string asset, params string[] findings) =>
        new($"flight-{asset}", asset, findings.Length == 0 ? ["F1"] : findings, CaseUrgency.Serious, ["A-100", "A-101"]);

    [Fact]
    public async Task WholeLifecycleThroughTheGrainLeavesAnOrderedHistoryWithWhoAndWhen()
    {
        var grain = fixture.Client.GetGrain<ICaseGrain>("C-LIFE-1");
        var opened = fixture.Time.GetUtcNow();
        var window = new WorkWindow(WorkKind.Repair, opened.AddDays(4), opened.AddDays(4).AddHours(3), true, TimeSpan.FromHours(2));
        var steps = new List<Func<Task<CaseView>>>
        {
            () => grain.Open(Request("LIFE"), "eng.anna"),
            () => grain.Plan(window, "svc.chen"),
            () => grain.MarkNotified(2, "svc.chen"),
            () => grain.RecordNoticeStatus("A-100", ContactChannel.Sms, NoticeDeliveryStatus.Delivered, "id 77", "outbox"),
            () => grain.AddNote("A-101 prefers mornings", "svc.chen"),
            () => grain.RecordWork("Replaced the clamp", "crew.li"),
            () => grain.Resolve("eng.anna"),
            () => grain.RecordFollowUp(4, "fine", ContactChannel.Phone, "svc.chen"),
            () => grain.Close("svc.chen"),
        };
        foreach (var step in steps)
        {
            await step();
            fixture.Time.Advance(TimeSpan.FromMinutes(10));
        }

        var history = await grain.History();
        var view = await grain.View();

        Assert.Equal(Enumerable.Range(1, 9), history.Select(h => h.Sequence));
        Assert.Equal(["eng.anna", "svc.chen", "svc.chen", "outbox", "svc.chen", "crew.li", "eng.anna", "svc.chen", "svc.chen"], history.Select(h => h.Event.Who));
        Assert.Equal(Enumerable.Range(0, 9).Select(i => opened.AddMinutes(10 * i)), history.Select(h => h.Event.AtUtc));
        Assert.IsType<CaseOpened>(history[0].Event);
        Assert.IsType<CaseClosed>(history[^1].Event);
        Assert.Equal((CaseStatus.Closed, opened.AddDays(7), window, 4), (view.Status, view.DueUtc, view.Window, view.FollowUp?.Satisfaction));
    }

    [Fact]
    public async Task AForbiddenStepIsRefusedNamingTheStateAndRecordsNothing()
    {
        var grain = fixture.Client.GetGrain<ICaseGrain>("C-REFUSE-1");
        await grain.Open(Request("REFUSE"), "eng.anna");

        var error = await Assert.ThrowsAsync<CaseTransitionException>(() => grain.Resolve("eng.anna"));
        var notOpened = await Assert.ThrowsAsync<CaseTransitionException>(() => fixture.Client.GetGrain<ICaseGrain>("C-REFUSE-2").Plan(
            new WorkWindow(WorkKind.Inspection, fixture.Time.GetUtcNow(), fixture.Time.GetUtcNow().AddHours(1), false, null), "svc"));
        await Assert.ThrowsAsync<ArgumentException>(() => grain.Cancel(" ", "svc"));

        Assert.Equal("Case C-REFUSE-1 is Opened; it cannot be Resolved. Next allowed: Planned, Cancelled.", error.Message);
        Assert.Equal(("C-REFUSE-1", CaseStatus.Opened, "Resolved"), (error.CaseId, error.Current, error.Attempted));
        Assert.Equal([CaseStatus.Planned, CaseStatus.Cancelled], error.Allowed);
        Assert.StartsWith("Case C-REFUSE-2 is NotOpened; it cannot be Planned.", notOpened.Message, StringComparison.Ordinal);
        Assert.Single(await grain.History());
        Assert.Empty(await fixture.Client.GetGrain<ICaseGrain>("C-REFUSE-2").History());
        await fixture.Cases.Cluster.DeactivateAsync(grain);
        Assert.Single(await grain.History());
    }

    [Fact]
    public async Task HistorySurvivesDeactivation()
    {
        var grain = fixture.Client.GetGrain<ICaseGrain>("C-DEACT-1");
        await grain.Open(Request("DEACT"), "eng.anna");
        await grain.Cancel("asset replaced by the line crew", "svc.chen");

        await fixture.Cases.Cluster.DeactivateAsync(grain);
        var view = await grain.View();

        Assert.Equal((CaseStatus.Cancelled, "asset replaced by the line crew", 2), (view.Status, view.CancelReason, view.History.Count));
    }

    [Fact]
    public async Task ASecondConfirmedFindingOnTheAssetJoinsItsOpenCaseAndAfterTheWorkANewCaseOpens()
    {
        var first = await fixture.Client.OpenOrJoinCase(Request("P-JOIN", "F1"), "eng.anna");
        var again = await fixture.Client.OpenOrJoinCase(Request("P-JOIN", "F1"), "eng.anna");
        var joined = await fixture.Client.OpenOrJoinCase(Request("P-JOIN", "F2") with { FlightId = "flight-2", Urgency = CaseUrgency.Critical }, "eng.ben");
        var grain = fixture.Client.GetGrain<ICaseGrain>(first.CaseId);
        await grain.Plan(new WorkWindow(WorkKind.Repair, fixture.Time.GetUtcNow(), fixture.Time.GetUtcNow().AddHours(2), false, null), "svc");
        await grain.MarkNotified(2, "svc");
        await grain.RecordWork("tightened", "crew");
        var later = await fixture.Client.OpenOrJoinCase(Request("P-JOIN", "F3") with { FlightId = "flight-3" }, "eng.anna");

        Assert.Equal("C-P-JOIN-1", first.CaseId);
        Assert.Equal(first.History.Count, again.History.Count);
        Assert.Equal((first.CaseId, CaseUrgency.Critical), (joined.CaseId, joined.Urgency));
        Assert.Equal(["flight-P-JOIN/F1", "flight-2/F2"], joined.Findings.Select(f => f.ToString()));
        Assert.Equal("C-P-JOIN-2", later.CaseId);
        var index = fixture.Client.GetGrain<ICaseIndexGrain>(CaseIndex.Key);
        Assert.Equal("C-P-JOIN-1", (await index.CaseOfFinding("flight-2", "F2"))?.CaseId);
        Assert.Equal(CaseStatus.Worked, (await index.Find("C-P-JOIN-1"))?.Status);
        Assert.Null(await index.CaseOfFinding("flight-9", "F2"));
    }

    [Fact]
    public async Task TheIndexListsEachCaseWithStatusDueAssetFindingsAndCustomers()
    {
        var opened = fixture.Time.GetUtcNow();
        await fixture.Client.GetGrain<ICaseGrain>("C-LIST-1").Open(Request("LIST", "F7") with { Urgency = CaseUrgency.Critical }, "eng.anna");

        var listed = (await fixture.Client.GetGrain<ICaseIndexGrain>(CaseIndex.Key).List()).Single(c => c.CaseId == "C-LIST-1");

        Assert.Equal((CaseStatus.Opened, opened.AddHours(24), "LIST"), (listed.Status, listed.DueUtc, listed.AssetId));
        Assert.Equal(["flight-LIST/F7"], listed.Findings.Select(f => f.ToString()));
        Assert.Equal(["A-100", "A-101"], listed.CustomerAccounts);
    }
}
