using DroneInspect.Cases.Requests;

namespace DroneInspect.Cases.Tests.Requests;

public sealed class CustomerReportTests
{
    [Fact]
    public void ReportWithAnAccountAndASymptomIsValid()
    {
        Assert.Empty(RequestFixtures.Report("R1", "1001", ReportSymptom.Flicker, RequestFixtures.Monday).Validate());
    }

    [Fact]
    public void ReportNamingNoAccountAddressOrLocationSaysThereIsNothingToInspect()
    {
        var errors = RequestFixtures.Report("R1", null, ReportSymptom.Outage, RequestFixtures.Monday).Validate();

        Assert.Equal(["Report 'R1' names no account, address or location: there is nothing to inspect."], errors);
    }

    [Fact]
    public void OtherSymptomNeedsText()
    {
        var errors = RequestFixtures.Report("R1", "1001", ReportSymptom.Other, RequestFixtures.Monday).Validate();

        Assert.Contains(errors, e => e.Contains("symptom 'other' but no text", StringComparison.Ordinal));
    }

    [Fact]
    public void EachProblemIsReportedOnItsOwn()
    {
        var report = new CustomerReport("R1", null, null, new ReportLocation(30.0, 120.0), ReportSymptom.Other, null,
            default, " ", (ReportChannel)9, null);

        var errors = report.Validate();

        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, e => e.Contains("outside WGS84", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("unknown channel 9", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("who took it", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("no time", StringComparison.Ordinal));
    }
}
