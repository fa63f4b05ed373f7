using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Lifecycle;
using static DroneInspect.Cases.Tests.Lifecycle.CaseEventsFixture;

namespace DroneInspect.Cases.Tests.Lifecycle;

public sealed class CaseLifecycleTests
{
    /// <summary>Steps by short name; "note", "notice" and "finding" leave the state as it is.</summary>
    private static readonly Dictionary<string, CaseEvent> Steps = new()
    {
        ["open"] = Opened(),
        ["plan"] = new WorkPlanned(Window, "svc", At(20)),
        ["notify"] = new CustomersNotified(3, "svc", At(20)),
        ["work"] = new WorkDone("done", "crew", At(20)),
        ["resolve"] = new CaseResolved("eng", At(20)),
        ["follow-up"] = new FollowUpRecorded(5, null, ContactChannel.Visit, "svc", At(20)),
        ["close"] = new CaseClosed("svc", At(20)),
        ["cancel"] = new CaseCancelled("duplicate", "svc", At(20)),
        ["note"] = new NoteAdded("n", "svc", At(20)),
        ["notice"] = new NoticeStatusRecorded("A-1", ContactChannel.Email, NoticeDeliveryStatus.Failed, "mailbox full", "outbox", At(20)),
        ["finding"] = new FindingAdded("flight-3", "F3", CaseUrgency.General, At(20).AddDays(30), "eng", At(20)),
    };

    /// <summary>How to reach each state, and what it allows: written out by hand from the issue, not derived from the code.</summary>
    private static readonly Dictionary<CaseStatus, (string[] Path, string[] Allowed)> Table = new()
    {
        [CaseStatus.NotOpened] = ([], ["open"]),
        [CaseStatus.Opened] = (["open"], ["plan", "cancel", "note", "notice", "finding"]),
        [CaseStatus.Planned] = (["open", "plan"], ["plan", "notify", "cancel", "note", "notice", "finding"]),
        [CaseStatus.CustomersNotified] = (["open", "plan", "notify"], ["plan", "work", "cancel", "note", "notice", "finding"]),
        [CaseStatus.Worked] = (["open", "plan", "notify", "work"], ["resolve", "cancel", "note", "notice", "finding"]),
        [CaseStatus.Resolved] = (["open", "plan", "notify", "work", "resolve"], ["follow-up", "cancel", "note", "notice", "finding"]),
        [CaseStatus.FollowedUp] = (["open", "plan", "notify", "work", "resolve", "follow-up"], ["close", "cancel", "note", "notice", "finding"]),
        [CaseStatus.Closed] = (["open", "plan", "notify", "work", "resolve", "follow-up", "close"], []),
        [CaseStatus.Cancelled] = (["open", "cancel"], []),
    };

    public static TheoryData<CaseStatus, string, bool> EveryStateAndStep()
    {
        var data = new TheoryData<CaseStatus, string, bool>();
        foreach (var (status, (_, allowed)) in Table)
        {
            foreach (var step in Steps.Keys)
            {
                data.Add(status, step, allowed.Contains(step));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndStep))]
    public void EachStateAllowsExactlyItsStepsAndRefusesTheRestNamingTheState(CaseStatus status, string step, bool allowed)
    {
        var view = CaseView.Of(CaseId, Table[status].Path.Select(s => Steps[s]));
        Assert.Equal(status, view.Status);

        if (allowed)
        {
            Assert.Equal(view.History.Count + 1, view.Apply(Steps[step]).History.Count);
            return;
        }

        var error = Assert.Throws<CaseTransitionException>(() => view.Apply(Steps[step]));
        Assert.Equal((CaseId, status), (error.CaseId, error.Current));
        Assert.StartsWith($"Case {CaseId} is {status}; it cannot ", error.Message, StringComparison.Ordinal);
        Assert.Contains("Next allowed: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolvingAnOpenedCaseSaysWhatIsAllowed()
    {
        var error = Assert.Throws<CaseTransitionException>(() => CaseView.Of(CaseId, [Opened()]).Apply(Steps["resolve"]));

        Assert.Equal("Case C-P1-1 is Opened; it cannot be Resolved. Next allowed: Planned, Cancelled.", error.Message);
    }

    [Fact]
    public void AClosedCaseTakesNoNoteAndSaysItIsFinal()
    {
        var closed = CaseView.Of(CaseId, Table[CaseStatus.Closed].Path.Select(s => Steps[s]));

        var error = Assert.Throws<CaseTransitionException>(() => closed.Apply(Steps["note"]));

        Assert.Equal("Case C-P1-1 is Closed; it cannot take a note. Next allowed: none (the case is final).", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void SatisfactionOutsideOneToFiveIsRefused(int satisfaction)
    {
        var resolved = CaseView.Of(CaseId, Table[CaseStatus.Resolved].Path.Select(s => Steps[s]));

        var error = Assert.Throws<ArgumentException>(() => resolved.Apply(new FollowUpRecorded(satisfaction, null, ContactChannel.Phone, "svc", At(20))));

        Assert.Contains($"Satisfaction is 1 to 5, not {satisfaction}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadContentIsRefused()
    {
        var opened = CaseView.Of(CaseId, [Opened()]);

        Assert.Throws<ArgumentException>(() => opened.Apply(new CaseCancelled("  ", "svc", At(1))));
        Assert.Throws<ArgumentException>(() => opened.Apply(new NoteAdded("x", " ", At(1))));
        Assert.Throws<ArgumentException>(() => opened.Apply(new WorkPlanned(Window with { EndUtc = Window.StartUtc }, "svc", At(1))));
        Assert.Throws<ArgumentException>(() => opened.Apply(new WorkPlanned(Window with { OutageDuration = null }, "svc", At(1))));
        Assert.Throws<ArgumentException>(() => opened.Apply(new WorkPlanned(Window with { OutageDuration = TimeSpan.FromHours(4) }, "svc", At(1))));
        Assert.Throws<ArgumentException>(() => CaseView.NotOpened(CaseId).Apply(Opened() with { FindingIds = [] }));
    }
}
