using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Lifecycle;
using DroneInspect.Cases.Planning;

namespace DroneInspect.Cases.Tests.Lifecycle;

/// <summary>One event of each kind for case "C-P1-1", an hour apart from 2026-12-01 08:00 UTC.</summary>
internal static class CaseEventsFixture
{
    public const string CaseId = "C-P1-1";

    public static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    public static readonly WorkWindow Window = new(WorkKind.Repair, Start.AddDays(4), Start.AddDays(4).AddHours(3), true, TimeSpan.FromHours(2));

    public static DateTimeOffset At(int hour) => Start.AddHours(hour);

    public static CaseOpened Opened() =>
        new(CaseId, "flight-1", "P1", ["F1"], CaseUrgency.Serious, Start.AddDays(7), ["A-100", "A-101"], "eng.anna", At(0));

    /// <summary>The whole lifecycle, opening to closing, with a note, a notice status and a further finding on the way.</summary>
    public static IReadOnlyList<CaseEvent> WholeLifecycle() =>
    [
        Opened(),
        new FindingAdded("flight-2", "F9", CaseUrgency.Critical, At(1).AddHours(24), "eng.ben", At(1)),
        new WorkPlanned(Window, "svc.chen", At(2)),
        new CustomersNotified(2, "svc.chen", At(3)),
        new NoticeStatusRecorded("A-100", ContactChannel.Sms, NoticeDeliveryStatus.Delivered, "gateway id 77", "outbox", At(4)),
        new NoteAdded("A-101 asks for a morning slot", "svc.chen", At(5)),
        new WorkDone("Replaced the clamp", "crew.li", At(6)),
        new CaseResolved("eng.anna", At(7)),
        new FollowUpRecorded(4, "Short outage, as announced", ContactChannel.Phone, "svc.chen", At(8)),
        new CaseClosed("svc.chen", At(9)),
    ];
}
