using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Lifecycle;
using DroneInspect.Cases.Planning;
using DroneInspect.Grains.Abstractions.Cases;
using Hosting = DroneInspect.Grains.Hosting;
using Orleans.EventSourcing;
using Orleans.Providers;

namespace DroneInspect.Grains.Cases;

/// <summary>
/// A case as its event log: each step is checked against the folded view first (<see cref="CaseView.Apply"/>), so a
/// refused step raises nothing; an accepted one is appended and confirmed in storage before the call returns, then the
/// case index hears of it. The log lives in the "inspect" storage through Orleans' log-storage provider
/// (<see cref="Hosting.SiloBuilderExtensions.CaseLogProvider"/>): the whole event list is one stored row, which suits cases of
/// tens of events and is what a regulator reads.
/// </summary>
[LogConsistencyProvider(ProviderName = Hosting.SiloBuilderExtensions.CaseLogProvider)]
[StorageProvider(ProviderName = Hosting.SiloBuilderExtensions.StorageName)]
public sealed class CaseGrain(TimeProvider time, CaseDuePolicy policy) : JournaledGrain<CaseJournal, CaseEvent>, ICaseGrain
{
    private string Key => this.GetPrimaryKeyString();

    /// <summary>The confirmed view, named by this grain's key before the case is opened.</summary>
    private CaseView Current => State.View.Status == CaseStatus.NotOpened ? CaseView.NotOpened(Key) : State.View;

    public Task<CaseView> Open(CaseOpenRequest request, string who)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        return Record(new CaseOpened(Key, request.FlightId, request.AssetId, request.FindingIds, request.Urgency,
            policy.DueUtc(request.Urgency, now), request.CustomerAccounts, who, now));
    }

    public async Task<CaseView> OpenOrAddFindings(CaseOpenRequest request, string who)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Current.Status == CaseStatus.NotOpened)
        {
            return await Open(request, who);
        }

        foreach (var findingId in request.FindingIds.Where(id => !Current.Covers(request.FlightId, id)))
        {
            await AddFinding(request.FlightId, findingId, request.Urgency, who);
        }

        return Current;
    }

    public Task<CaseView> Plan(WorkWindow window, string who) => Record(new WorkPlanned(window, who, time.GetUtcNow()));

    public Task<CaseView> MarkNotified(int customerCount, string who) => Record(new CustomersNotified(customerCount, who, time.GetUtcNow()));

    public Task<CaseView> RecordWork(string summary, string who) => Record(new WorkDone(summary, who, time.GetUtcNow()));

    public Task<CaseView> Resolve(string who) => Record(new CaseResolved(who, time.GetUtcNow()));

    public Task<CaseView> RecordFollowUp(int satisfaction, string? remarks, ContactChannel channel, string who) =>
        Record(new FollowUpRecorded(satisfaction, remarks, channel, who, time.GetUtcNow()));

    public Task<CaseView> Close(string who) => Record(new CaseClosed(who, time.GetUtcNow()));

    public Task<CaseView> Cancel(string reason, string who) => Record(new CaseCancelled(reason, who, time.GetUtcNow()));

    public Task<CaseView> AddNote(string text, string who) => Record(new NoteAdded(text, who, time.GetUtcNow()));

    public Task<CaseView> RecordNoticeStatus(string account, ContactChannel channel, NoticeDeliveryStatus status, string? detail, string who) =>
        Record(new NoticeStatusRecorded(account, channel, status, detail, who, time.GetUtcNow()));

    public Task<CaseView> AddFinding(string flightId, string findingId, CaseUrgency urgency, string who)
    {
        var now = time.GetUtcNow();
        return Record(new FindingAdded(flightId, findingId, urgency, policy.DueUtc(urgency, now), who, now));
    }

    public Task<CaseView> View() => Task.FromResult(Current);

    public Task<IReadOnlyList<CaseHistoryEntry>> History() => Task.FromResult(Current.History);

    protected override void TransitionState(CaseJournal state, CaseEvent @event) => state.View = state.View.Apply(@event);

    private async Task<CaseView> Record(CaseEvent caseEvent)
    {
        Current.Apply(caseEvent);
        RaiseEvent(caseEvent);
        await ConfirmEvents();
        await GrainFactory.GetGrain<ICaseIndexGrain>(CaseIndex.Key).Record(CaseSummary.Of(Current));
        return Current;
    }
}
