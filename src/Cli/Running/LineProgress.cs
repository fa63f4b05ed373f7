namespace DroneInspect.Cli.Running;

/// <summary>Writes each progress message as a line, synchronously (Progress&lt;T&gt; would post them out of order).</summary>
public sealed class LineProgress(TextWriter output) : IProgress<string>
{
    public void Report(string value) => output.WriteLine("  " + value);
}
