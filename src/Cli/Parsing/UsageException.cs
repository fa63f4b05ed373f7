namespace DroneInspect.Cli.Parsing;

/// <summary>The command line is wrong (unknown option, missing value, bad number); the CLI prints it with the usage and exits 2.</summary>
public sealed class UsageException(string message) : Exception(message);
