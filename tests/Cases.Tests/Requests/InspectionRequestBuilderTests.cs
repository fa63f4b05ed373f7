using DroneInspect.Cases.Requests;
using DroneInspect.Geo.Assets;

namespace DroneInspect.Cases.Tests.Requests;

public sealed class InspectionRequestBuilderTests
{
    private static readonly DateTimeOffset Monday = RequestFixtures.Monday;

    private static RequestBatch Build(params CustomerReport[] reports) =>
        new InspectionRequestBuilder(RequestFixtures.Network(), RequestFixtures.Customers).Build(reports);

    [Fact]
    public void BurningSmellIsUrgentOnTheCustomersMeterAndTransformerFirst()
    {
        var request = Assert.Single(Build(RequestFixtures.Report("R1", "1001", ReportSymptom.BurningSmell, Monday)).Requests);

        Assert.Equal(RequestPriority.Urgent, request.Priority);
        Assert.Equal(["M1", "T1", "P3"], request.Targets.Select(t => t.AssetId));
        Assert.Equal([AssetKind.Meter, AssetKind.Transformer, AssetKind.Pole], request.Targets.Select(t => t.Kind));
        Assert.Equal(Monday.AddHours(4), request.DueUtc);
        Assert.Equal(RequestStatus.Open, request.Status);
        Assert.Equal(["R1"], request.ReportIds);
    }

    [Fact]
    public void SparkingMeterBoxIsUrgentLikeABurningSmell()
    {
        var request = Assert.Single(Build(RequestFixtures.Report("R1", "1001", ReportSymptom.SparkingMeterBox, Monday)).Requests);

        Assert.Equal(RequestPriority.Urgent, request.Priority);
        Assert.Equal("meter", request.Targets[0].Role);
    }

    [Fact]
    public void FlickerLooksAtTheTransformerThenTheConnectionsUpstreamNearestFirst()
    {
        var request = Assert.Single(Build(RequestFixtures.Report("R1", "1003", ReportSymptom.Flicker, Monday)).Requests);

        Assert.Equal(RequestPriority.Normal, request.Priority);
        Assert.Equal(["T1", "P3", "P2", "P1", "S0"], request.Targets.Select(t => t.AssetId));
        Assert.Equal(Monday.AddDays(3), request.DueUtc);
    }

    [Fact]
    public void OutageCoversTheWholeSupplyPathIncludingTheLines()
    {
        var zhao = Assert.Single(Build(RequestFixtures.Report("R1", "1004", ReportSymptom.Outage, Monday)).Requests);

        Assert.Equal(RequestPriority.High, zhao.Priority);
        Assert.Equal(["T2", "B2", "B1", "P2", "P1", "S0", "L2", "L1"], zhao.Targets.Select(t => t.AssetId));
    }

    [Fact]
    public void ThreeCustomersReportingFlickerOnOneTransformerMergeAndRaiseThePriority()
    {
        var batch = Build(
            RequestFixtures.Report("R1", "1001", ReportSymptom.Flicker, Monday),
            RequestFixtures.Report("R2", "1003", ReportSymptom.Flicker, Monday.AddHours(2)),
            RequestFixtures.Report("R3", "1005", ReportSymptom.Flicker, Monday.AddHours(5)));

        var request = Assert.Single(batch.Requests);
        Assert.Equal("T1", request.TransformerId);
        Assert.Equal(["R1", "R2", "R3"], request.ReportIds);
        Assert.Equal(3, request.Reporters);
        Assert.True(request.Escalated);
        Assert.Equal(RequestPriority.High, request.Priority);
        Assert.Equal(Monday.AddHours(5 + 24), request.DueUtc);
        Assert.Equal(3, Assert.Single(request.Symptoms).Reporters);
    }

    [Fact]
    public void OneCustomerCallingThreeTimesIsOneReporterAndRaisesNothing()
    {
        var request = Assert.Single(Build(
            RequestFixtures.Report("R1", "1001", ReportSymptom.Flicker, Monday),
            RequestFixtures.Report("R2", "1001", ReportSymptom.Flicker, Monday.AddHours(1)),
            RequestFixtures.Report("R3", "1001", ReportSymptom.Flicker, Monday.AddHours(2))).Requests);

        Assert.Equal(1, request.Reporters);
        Assert.False(request.Escalated);
        Assert.Equal(RequestPriority.Normal, request.Priority);
    }

    [Fact]
    public void MixedSymptomsOnOneTransformerTakeTheMostUrgentAndPutItsTargetsFirst()
    {
        var request = Assert.Single(Build(
            RequestFixtures.Report("R1", "1003", ReportSymptom.Flicker, Monday),
            RequestFixtures.Report("R2", "1002", ReportSymptom.SparkingMeterBox, Monday.AddDays(1))).Requests);

        Assert.Equal(RequestPriority.Urgent, request.Priority);
        Assert.Equal(["M1", "T1", "P3", "P2", "P1", "S0"], request.Targets.Select(t => t.AssetId));
        Assert.Equal(Monday.AddDays(1).AddHours(4), request.DueUtc);
        Assert.Equal("REQ-T1-R1", request.Id);
        Assert.Equal(Monday, request.OpenedAtUtc);
    }

    [Fact]
    public void ReportsOnDifferentTransformersMakeSeparateRequestsMostUrgentFirst()
    {
        var batch = Build(
            RequestFixtures.Report("R1", "1001", ReportSymptom.Noise, Monday),
            RequestFixtures.Report("R2", "1004", ReportSymptom.Outage, Monday.AddHours(1)));

        Assert.Equal(["T2", "T1"], batch.Requests.Select(r => r.TransformerId));
    }

    [Fact]
    public void MemberOfThePublicIsPlacedOnTheNearestTransformerToTheirLocation()
    {
        var nearT2 = new ReportLocation(120.0022, 30.0030);

        var request = Assert.Single(Build(RequestFixtures.Report("R1", null, ReportSymptom.Noise, Monday, location: nearT2)).Requests);

        Assert.Equal("T2", request.TransformerId);
    }

    [Fact]
    public void UnusableReportsAreListedAndTheRestBecomeRequests()
    {
        var batch = Build(
            RequestFixtures.Report("R1", "9999", ReportSymptom.Flicker, Monday),
            RequestFixtures.Report("R2", null, ReportSymptom.Flicker, Monday, address: "5 River Road"),
            RequestFixtures.Report("R3", null, ReportSymptom.Flicker, Monday, location: new ReportLocation(121.0, 31.0)),
            RequestFixtures.Report("R4", "1001", ReportSymptom.Flicker, Monday),
            RequestFixtures.Report("R4", "1003", ReportSymptom.Flicker, Monday));

        Assert.Equal(["REQ-T1-R4"], batch.Requests.Select(r => r.Id));
        Assert.Equal(["R1", "R2", "R3", "R4"], batch.Problems.Select(p => p.ReportId));
        Assert.Contains("account 9999 is not in the customers file", batch.Problems[0].Reason);
        Assert.Contains("only an address", batch.Problems[1].Reason);
        Assert.Contains("no transformer within 150 m", batch.Problems[2].Reason);
        Assert.Contains("used twice", batch.Problems[3].Reason);
    }

    [Fact]
    public void SymptomTextLosesTheReportersNameAndContacts()
    {
        var request = Assert.Single(Build(RequestFixtures.Report("R1", "1001", ReportSymptom.Other, Monday,
            text: "Wang Xiaoming says the box hums, call 138 0000 1111 or wang@example.cn")).Requests);

        Assert.Equal("[removed] says the box hums, call [removed] or [removed]", Assert.Single(request.Symptoms).Texts.Single());
    }

    [Fact]
    public void DoneRequestCannotBePlannedAndTheErrorNamesTheState()
    {
        var request = Assert.Single(Build(RequestFixtures.Report("R1", "1001", ReportSymptom.Flicker, Monday)).Requests);

        var done = request.Plan().Complete();

        Assert.Equal(RequestStatus.Done, done.Status);
        var error = Assert.Throws<InvalidOperationException>(() => done.Plan());
        Assert.Contains("is Done", error.Message);
        Assert.Equal(RequestStatus.Cancelled, request.Cancel().Status);
    }
}
