namespace DroneInspect.Viewer.Hosting;

/// <summary>
/// The host cannot start for a reason the user can fix (the data folder is in use, a port is taken). The message says
/// what and how, in plain words; the CLI prints it and exits 1 instead of a stack trace.
/// </summary>
public sealed class HostStartException(string message, Exception? innerException = null) : Exception(message, innerException);
