using DroneInspect.Cases.Findings;
using DroneInspect.Cases.FollowUps;

namespace DroneInspect.Cases.Tests.FollowUps;

public sealed class FollowUpSummaryTests
{
    private static readonly DateTimeOffset Now = new(2025, 7, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Transformer T1: answers 5, 2, 1 and one open (due yesterday). Transformer T2: answer 4, one done without an
    /// answer, one open (due tomorrow). Feeder F1: answer 3.
    /// </summary>
    private static readonly FollowUpRecord[] Records =
    [
        Done("C1", FollowUpAreaKind.Transformer, "T1", "thermal", CaseUrgency.Serious, 5),
        Done("C2", FollowUpAreaKind.Transformer, "T1", "thermal", CaseUrgency.Serious, 2),
        Done("C3", FollowUpAreaKind.Transformer, "T1", "visual", CaseUrgency.General, 1),
        Open("C4", FollowUpAreaKind.Transformer, "T1", "thermal", CaseUrgency.Critical, Now.AddDays(-1)),
        Done("C5", FollowUpAreaKind.Transformer, "T2", "thermal", CaseUrgency.Serious, 4),
        Done("C6", FollowUpAreaKind.Transformer, "T2", "visual", CaseUrgency.General, null),
        Open("C7", FollowUpAreaKind.Transformer, "T2", "visual", CaseUrgency.General, Now.AddDays(1)),
        Done("C8", FollowUpAreaKind.Feeder, "F1", "thermal", CaseUrgency.Serious, 3),
    ];

    [Fact]
    public void PerAreaFiguresMatchAHandCount()
    {
        var byArea = FollowUpSummary.Of(Records).ByArea;

        Assert.Equal(["feeder:F1", "transformer:T1", "transformer:T2"], byArea.Select(g => g.Key));
        // T1: 4 follow-ups, rated 5, 2, 1: mean 8 / 3, dissatisfied (<= 2) 2 of 3, one open.
        Assert.Equal(new FollowUpGroup("transformer:T1", 4, 3, 8.0 / 3, 2.0 / 3, 1), byArea[1]);
        // T2: 3 follow-ups, one rated 4 (the other done one gave no answer): mean 4, none dissatisfied, one open.
        Assert.Equal(new FollowUpGroup("transformer:T2", 3, 1, 4.0, 0.0, 1), byArea[2]);
        Assert.Equal(new FollowUpGroup("feeder:F1", 1, 1, 3.0, 0.0, 0), byArea[0]);
    }

    [Fact]
    public void PerKindFiguresMatchAHandCount()
    {
        var byKind = FollowUpSummary.Of(Records).ByKind;

        Assert.Equal(["thermal/critical", "thermal/serious", "visual/general"], byKind.Select(g => g.Key));
        // thermal/serious: 5, 2, 4, 3: mean 14 / 4 = 3.5, dissatisfied 1 of 4.
        Assert.Equal(new FollowUpGroup("thermal/serious", 4, 4, 3.5, 0.25, 0), byKind[1]);
        // thermal/critical: only the open one: no rating, so no mean and no share.
        Assert.Equal(new FollowUpGroup("thermal/critical", 1, 0, null, null, 1), byKind[0]);
        // visual/general: 1 rated (1), one done unanswered, one open.
        Assert.Equal(new FollowUpGroup("visual/general", 3, 1, 1.0, 1.0, 1), byKind[2]);
    }

    [Fact]
    public void OverdueAreTheOpenFollowUpsPastTheirDueTimeOldestFirst()
    {
        FollowUpRecord[] records = [.. Records, Open("C9", FollowUpAreaKind.Feeder, "F1", "thermal", CaseUrgency.Minor, Now.AddDays(-5))];

        Assert.Equal(["C9", "C4"], FollowUpSummary.Overdue(records, Now).Select(r => r.CaseId));
    }

    [Fact]
    public void SatisfactionOutsideOneToFiveIsReportedAndLeftOutOfTheFigures()
    {
        var summary = FollowUpSummary.Of([.. Records, Done("C10", FollowUpAreaKind.Feeder, "F1", "thermal", CaseUrgency.Serious, 7)]);

        Assert.Equal(["Follow-up of case C10 has satisfaction 7, outside 1-5; left out."], summary.Problems);
        Assert.Equal(1, summary.ByArea.Single(g => g.Key == "feeder:F1").Count);
    }

    private static FollowUpRecord Done(string caseId, FollowUpAreaKind kind, string area, string caseKind, CaseUrgency urgency, int? satisfaction) =>
        new(caseId, kind, area, caseKind, urgency, satisfaction, null, Now.AddDays(-10), Now.AddDays(-9));

    private static FollowUpRecord Open(string caseId, FollowUpAreaKind kind, string area, string caseKind, CaseUrgency urgency, DateTimeOffset due) =>
        new(caseId, kind, area, caseKind, urgency, null, null, due, null);
}
