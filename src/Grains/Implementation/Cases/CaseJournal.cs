using DroneInspect.Cases.Lifecycle;

namespace DroneInspect.Grains.Cases;

/// <summary>
/// The case grain's view of its event log: the immutable <see cref="CaseView"/> folded so far, in the mutable holder
/// <see cref="Orleans.EventSourcing.JournaledGrain{TGrainState, TEventBase}"/> asks for. Never stored: the log is.
/// </summary>
[GenerateSerializer]
public sealed class CaseJournal
{
    [Id(0)]
    public CaseView View { get; set; } = CaseView.NotOpened(string.Empty);
}
