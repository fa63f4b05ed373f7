using DroneInspect.Grains.Output;

namespace DroneInspect.Grains.Tests.EndToEnd;

/// <summary>The report lists, per finding, the customers the network says it affects, as ground-truth.json expects.</summary>
[Collection(SampleFlightCollection.Name)]
public sealed class SampleFlightCustomersTests(SampleFlightFixture flight)
{
    [Fact]
    public void ReportListsTheCustomersDownstreamOfEachFindingsAsset()
    {
        var html = File.ReadAllText(Path.Combine(flight.OutputFolder, ReportHtmlWriter.FileName));
        string Row(string findingId)
        {
            var start = html.IndexOf("<tr><td>" + findingId + "</td>", StringComparison.Ordinal);
            Assert.True(start >= 0, $"no report row for {findingId}");
            return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
        }

        var checkedFindings = 0;
        foreach (var defect in flight.Truth.Defects.Where(d => d.AssetId is "P-F3-04" or "P-F3-07" or "T-F3-05"))
        {
            foreach (var finding in flight.Findings.Where(f => f.AssetId == defect.AssetId))
            {
                var row = Row(finding.Id);
                Assert.Equal(defect.AffectedCustomerAccounts.Count > 0, row.Contains("C-10001 Anna Keller", StringComparison.Ordinal));
                Assert.Equal(defect.AffectedCustomerAccounts.Count > 0, row.Contains("C-30001 Praxis am Sonnenberg", StringComparison.Ordinal));
                checkedFindings++;
            }
        }

        Assert.True(checkedFindings >= 2, $"only {checkedFindings} findings on P-F3-04, P-F3-07 and T-F3-05");
        Assert.DoesNotContain(flight.Status.Problems, p => p.Contains("customers.csv", StringComparison.Ordinal));
    }
}
