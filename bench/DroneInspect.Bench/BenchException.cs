namespace DroneInspect.Bench;

/// <summary>A benchmark could not run (missing tool, a file our readers or ExifTool failed on).</summary>
public sealed class BenchException(string message) : Exception(message);
