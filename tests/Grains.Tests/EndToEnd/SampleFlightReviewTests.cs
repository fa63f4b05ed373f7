using System.Text.Json;
using DroneInspect.Grains.Abstractions.Review;
using DroneInspect.Grains.Output;

namespace DroneInspect.Grains.Tests.EndToEnd;

/// <summary>A review recorded on a finding of the sample flight is carried into its API findings, GeoJSON, CSV and report.</summary>
[Collection(SampleFlightCollection.Name)]
public sealed class SampleFlightReviewTests(SampleFlightFixture flight)
{
    [Fact]
    public async Task AReviewIsCarriedIntoEveryOutput()
    {
        var finding = flight.Findings[0];
        var reviews = flight.Client.GetGrain<IFindingReviewGrain>(ReviewKeys.Of(flight.FlightIdOfSample, finding.Id));
        await reviews.Record(new ReviewRequest(ReviewActions.Confirm, null, null, null), "eng.anna");
        await reviews.Record(new ReviewRequest(ReviewActions.Comment, null, null, "<b>checked</b> on site"), "eng.ben");

        var refreshed = await flight.Flight.RefreshReviews();

        var reviewed = Assert.Single(refreshed, f => f.Id == finding.Id);
        Assert.Equal((ReviewStatus.Confirmed, 2, "eng.ben"), (reviewed.Review.State, reviewed.Review.EventCount, reviewed.Review.LastBy));
        Assert.All(refreshed.Where(f => f.Id != finding.Id), f => Assert.Equal(ReviewStatus.Unreviewed, f.Review.State));
        Assert.Equal(reviewed.Review, Assert.Single(await flight.Flight.GetFindings(), f => f.Id == finding.Id).Review);

        using var geo = JsonDocument.Parse(File.ReadAllText(Path.Combine(flight.OutputFolder, "findings.geojson")));
        var properties = geo.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties")).Single(p => p.GetProperty("id").GetString() == finding.Id);
        Assert.Equal("confirmed", properties.GetProperty("review").GetProperty("state").GetString());
        Assert.Equal("eng.ben", properties.GetProperty("review").GetProperty("lastBy").GetString());

        var csv = File.ReadAllLines(Path.Combine(flight.OutputFolder, FindingsCsvWriter.FileName));
        var header = csv[0].Split(',');
        var row = csv.Single(l => l.StartsWith(finding.Id + ",", StringComparison.Ordinal)).Split(',');
        Assert.Equal("confirmed", row[Array.IndexOf(header, "reviewState")]);
        Assert.Equal("eng.ben", row[Array.IndexOf(header, "reviewedBy")]);

        var report = File.ReadAllText(Path.Combine(flight.OutputFolder, "report.html"));
        Assert.Contains("confirmed by eng.ben", report, StringComparison.Ordinal);
    }
}
