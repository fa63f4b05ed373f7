using DroneInspect.Delivery.Dispatch;

namespace DroneInspect.Delivery.Tests.Dispatch;

public sealed class BackoffPolicyTests
{
    private static readonly RetryOptions Options = new() { BaseDelay = TimeSpan.FromSeconds(30), MaxDelay = TimeSpan.FromMinutes(10), MaxAttempts = 8, JitterFraction = 0.25 };

    [Fact]
    public void NominalDelayDoublesFrom30SecondsAndStopsAt10Minutes()
    {
        var backoff = new BackoffPolicy(Options);

        Assert.Equal([30, 60, 120, 240, 480, 600, 600], Enumerable.Range(1, 7).Select(n => backoff.NominalDelay(n).TotalSeconds));
        Assert.Equal(TimeSpan.FromMinutes(10), backoff.NominalDelay(500));
    }

    [Theory]
    [InlineData(0.0, 120.0)]
    [InlineData(0.5, 105.0)]
    [InlineData(0.999999, 90.00003)]
    public void JitterTakesAtMostAQuarterOffTheThirdDelay(double random, double expectedSeconds)
    {
        var backoff = new BackoffPolicy(Options, () => random);

        Assert.Equal(expectedSeconds, backoff.DelayAfter(3).TotalSeconds, precision: 3);
        Assert.Equal((TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(120)), backoff.Bounds(3));
    }

    [Fact]
    public void OptionsThatCannotWorkAreRefusedNamingTheSetting()
    {
        var error = Assert.Throws<ArgumentException>(() => new BackoffPolicy(new RetryOptions { BaseDelay = TimeSpan.FromMinutes(5), MaxDelay = TimeSpan.FromMinutes(1) }));
        Assert.Contains("Delivery:Retry:MaxDelay", error.Message);
        Assert.Throws<ArgumentException>(() => new BackoffPolicy(new RetryOptions { MaxAttempts = 0 }));
        Assert.Throws<ArgumentException>(() => new BackoffPolicy(new RetryOptions { JitterFraction = 1.5 }));
    }
}
