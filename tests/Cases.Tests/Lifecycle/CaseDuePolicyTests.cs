using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Lifecycle;

namespace DroneInspect.Cases.Tests.Lifecycle;

public sealed class CaseDuePolicyTests
{
    private static readonly DateTimeOffset Opened = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(CaseUrgency.Critical, 24)]
    [InlineData(CaseUrgency.Serious, 7 * 24)]
    [InlineData(CaseUrgency.General, 30 * 24)]
    [InlineData(CaseUrgency.Minor, 90 * 24)]
    public void DefaultsGiveTheServicePracticesHours(CaseUrgency urgency, int hours)
    {
        Assert.Equal(Opened.AddHours(hours), CaseDuePolicy.Default.DueUtc(urgency, Opened));
    }

    [Fact]
    public void AConfiguredTimeReplacesTheDefault()
    {
        var policy = CaseDuePolicy.Default with
        {
            TimeToDue = new Dictionary<CaseUrgency, TimeSpan>(CaseDuePolicy.Default.TimeToDue) { [CaseUrgency.Critical] = TimeSpan.FromHours(8) },
        };

        Assert.Equal(Opened.AddHours(8), policy.DueUtc(CaseUrgency.Critical, Opened));
        Assert.Equal(Opened.AddDays(7), policy.DueUtc(CaseUrgency.Serious, Opened));
    }

    [Fact]
    public void AnUrgencyWithoutATimeIsAConfigurationError()
    {
        var policy = CaseDuePolicy.Default with { TimeToDue = new Dictionary<CaseUrgency, TimeSpan> { [CaseUrgency.Minor] = TimeSpan.Zero } };

        var error = Assert.Throws<InvalidOperationException>(() => policy.DueUtc(CaseUrgency.Critical, Opened));

        Assert.Contains("urgency Critical", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => policy.DueUtc(CaseUrgency.Minor, Opened));
    }
}
