namespace DroneInspect.Grains.Pipeline;

/// <summary>A capture the pipeline could not analyse; <see cref="Stage"/> names where it stopped.</summary>
public sealed class CaptureFailedException(string stage, string message, Exception? inner = null)
    : Exception($"{stage}: {message}", inner)
{
    public string Stage { get; } = stage;
}
