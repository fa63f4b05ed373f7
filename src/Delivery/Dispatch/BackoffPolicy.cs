namespace DroneInspect.Delivery.Dispatch;

/// <summary>Exponential backoff with bounded jitter: after attempt n the nominal wait is min(MaxDelay, BaseDelay x 2^(n-1)).</summary>
public sealed class BackoffPolicy
{
    private readonly RetryOptions _options;
    private readonly Func<double> _unitRandom;

    /// <param name="unitRandom">A source of numbers in [0, 1); the shared <see cref="Random"/> when null. Tests pin it.</param>
    public BackoffPolicy(RetryOptions options, Func<double>? unitRandom = null)
    {
        if (options.BaseDelay <= TimeSpan.Zero) throw new ArgumentException("Delivery:Retry:BaseDelay must be positive.", nameof(options));
        if (options.MaxDelay < options.BaseDelay) throw new ArgumentException("Delivery:Retry:MaxDelay must not be below BaseDelay.", nameof(options));
        if (options.MaxAttempts < 1) throw new ArgumentException("Delivery:Retry:MaxAttempts must be at least 1.", nameof(options));
        if (options.JitterFraction is < 0 or > 1) throw new ArgumentException("Delivery:Retry:JitterFraction must lie in [0, 1].", nameof(options));
        _options = options;
        _unitRandom = unitRandom ?? Random.Shared.NextDouble;
    }

    /// <summary>Attempts before a message is parked.</summary>
    public int MaxAttempts => _options.MaxAttempts;

    /// <summary>The wait after failed attempt <paramref name="attempt"/> (1-based) before jitter.</summary>
    public TimeSpan NominalDelay(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var doublings = Math.Min(attempt - 1, 62);
        var ticks = _options.BaseDelay.Ticks * Math.Pow(2, doublings);
        return ticks >= _options.MaxDelay.Ticks ? _options.MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>The shortest and longest wait that <see cref="DelayAfter"/> can return for <paramref name="attempt"/>.</summary>
    public (TimeSpan Shortest, TimeSpan Longest) Bounds(int attempt)
    {
        var nominal = NominalDelay(attempt);
        return (nominal * (1 - _options.JitterFraction), nominal);
    }

    /// <summary>The jittered wait after failed attempt <paramref name="attempt"/>.</summary>
    public TimeSpan DelayAfter(int attempt)
    {
        var nominal = NominalDelay(attempt);
        return nominal * (1 - (_options.JitterFraction * _unitRandom()));
    }
}
