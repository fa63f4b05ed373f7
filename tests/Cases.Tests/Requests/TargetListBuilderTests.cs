using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Requests;

namespace DroneInspect.Cases.Tests.Requests;

public sealed class TargetListBuilderTests
{
    private static readonly DateTimeOffset Monday = RequestFixtures.Monday;

    private static IReadOnlyList<InspectionRequest> Requests(params CustomerReport[] reports) =>
        new InspectionRequestBuilder(RequestFixtures.Network(), RequestFixtures.Customers).Build(reports).Requests;

    [Fact]
    public void TargetsAreSortedByPriorityThenDueTimeThenAssetId()
    {
        var requests = Requests(
            RequestFixtures.Report("R1", "1001", ReportSymptom.Noise, Monday),
            RequestFixtures.Report("R2", "1004", ReportSymptom.BurningSmell, Monday));
        OverdueCase[] cases = [new("C-7", "P1", CaseUrgency.Serious, Monday.AddDays(-2))];

        var list = TargetListBuilder.Build(requests, cases, RequestFixtures.Network(), Monday.AddHours(1));

        // Urgent (T2 then its mount B2, both due at +4 h, by id), high (P1's overdue case), normal (T1 and P3, due +3 d).
        Assert.Equal(["B2", "T2", "P1", "P3", "T1"], list.Targets.Select(t => t.AssetId));
        Assert.Equal(
            [RequestPriority.Urgent, RequestPriority.Urgent, RequestPriority.High, RequestPriority.Normal, RequestPriority.Normal],
            list.Targets.Select(t => t.Priority));
        Assert.Empty(list.Problems);
    }

    [Fact]
    public void AnAssetNamedByARequestAndACaseIsOneTargetWithBothReasonsAndTheHigherPriority()
    {
        var requests = Requests(RequestFixtures.Report("R1", "1003", ReportSymptom.Flicker, Monday));
        OverdueCase[] cases = [new("C-1", "P2", CaseUrgency.Critical, Monday.AddDays(-1))];

        var list = TargetListBuilder.Build(requests, cases, RequestFixtures.Network(), Monday);

        var p2 = list.Targets[0];
        Assert.Equal("P2", p2.AssetId);
        Assert.Equal(RequestPriority.Urgent, p2.Priority);
        Assert.Equal(Monday.AddDays(-1), p2.DueUtc);
        Assert.Equal(["REQ-T1-R1"], p2.RequestIds);
        Assert.Equal(["C-1"], p2.CaseIds);
        Assert.Equal(
            ["flicker reported by 1: upstream-support of transformer T1 (request REQ-T1-R1)",
             "case C-1 (critical) overdue since 2025-06-01 08:00 UTC"],
            p2.Reasons);
    }

    [Fact]
    public void PlannedRequestsAndCasesNotYetDueStayOffTheList()
    {
        var planned = Requests(RequestFixtures.Report("R1", "1001", ReportSymptom.Flicker, Monday)).Select(r => r.Plan());
        OverdueCase[] cases = [new("C-2", "P1", CaseUrgency.General, Monday.AddDays(1))];

        Assert.Empty(TargetListBuilder.Build(planned, cases, RequestFixtures.Network(), Monday).Targets);
    }

    [Fact]
    public void CaseOnAnAssetOutsideTheNetworkIsAProblem()
    {
        OverdueCase[] cases = [new("C-3", "TOWER-404", CaseUrgency.Serious, Monday.AddDays(-1))];

        var list = TargetListBuilder.Build([], cases, RequestFixtures.Network(), Monday);

        Assert.Empty(list.Targets);
        Assert.Equal(["Case C-3 names asset 'TOWER-404', which is not in the network."], list.Problems);
    }
}
