using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Lifecycle;
using static DroneInspect.Cases.Tests.Lifecycle.CaseEventsFixture;

namespace DroneInspect.Cases.Tests.Lifecycle;

public sealed class CaseViewTests
{
    [Fact]
    public void WholeLifecycleLeavesACompleteOrderedHistoryAndTheFoldedFacts()
    {
        var events = WholeLifecycle();

        var view = CaseView.Of(CaseId, events);

        Assert.Equal(CaseStatus.Closed, view.Status);
        Assert.Equal(Enumerable.Range(1, events.Count), view.History.Select(h => h.Sequence));
        Assert.Equal(events, view.History.Select(h => h.Event));
        Assert.Equal(["eng.anna", "eng.ben", "svc.chen", "svc.chen", "outbox", "svc.chen", "crew.li", "eng.anna", "svc.chen", "svc.chen"],
            view.History.Select(h => h.Event.Who));
        Assert.Equal(["flight-1/F1", "flight-2/F9"], view.Findings.Select(f => f.ToString()));
        Assert.Equal((CaseUrgency.Critical, At(1).AddHours(24)), (view.Urgency, view.DueUtc));
        Assert.Equal(Window, view.Window);
        Assert.Equal((2, "Replaced the clamp", 4), (view.NotifiedCount, view.WorkSummary, view.FollowUp?.Satisfaction));
        Assert.Equal(At(9), view.UpdatedUtc);
        Assert.Single(view.Notices);
    }

    [Fact]
    public void ALessUrgentFindingNeverPushesTheDueTimeBack()
    {
        var view = CaseView.Of(CaseId, [Opened(), new FindingAdded("flight-2", "F2", CaseUrgency.Minor, Start.AddDays(90), "eng.ben", At(1))]);

        Assert.Equal((CaseUrgency.Serious, Start.AddDays(7)), (view.Urgency, view.DueUtc));
    }

    [Fact]
    public void ReplanningBeforeTheWorkReplacesTheWindowEvenAfterNotices()
    {
        var later = Window with { StartUtc = Window.StartUtc.AddDays(1), EndUtc = Window.EndUtc.AddDays(1) };

        var view = CaseView.Of(CaseId,
        [
            Opened(),
            new WorkPlanned(Window, "svc", At(1)),
            new WorkPlanned(Window, "svc", At(2)),
            new CustomersNotified(2, "svc", At(3)),
            new WorkPlanned(later, "svc", At(4)),
        ]);

        Assert.Equal((CaseStatus.Planned, later), (view.Status, view.Window));
    }

    [Fact]
    public void CancellingKeepsTheReason()
    {
        var view = CaseView.Of(CaseId, [Opened(), new CaseCancelled("finding rejected on review", "eng.anna", At(1))]);

        Assert.Equal((CaseStatus.Cancelled, "finding rejected on review"), (view.Status, view.CancelReason));
    }

    [Fact]
    public void OpeningUnderAnotherIdIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => CaseView.NotOpened("C-other-1").Apply(Opened()));

        Assert.Contains("cannot be opened as case C-P1-1", error.Message, StringComparison.Ordinal);
    }
}
