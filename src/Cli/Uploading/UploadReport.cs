using System.Globalization;
using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Cli.Uploading;

/// <summary>What `upload` prints after sending: bytes sent and skipped, the flight id, and each file's verdict.</summary>
public static class UploadReport
{
    private const double BytesPerMegabyte = 1024 * 1024;

    public static void Write(UploadSummary summary, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Sent {summary.SentBytes / BytesPerMegabyte:0.0} MB; {summary.AlreadyHeldBytes / BytesPerMegabyte:0.0} MB were on the server already."));
        // Refusals the close lists again (a file refused when it completed) are shown once, with the files.
        var listed = summary.Close?.Files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var (name, reason) in summary.Refused.Where(r => !listed.Contains(r.Name)))
        {
            output.WriteLine($"  refused  {name}: {reason}");
        }

        if (summary.Close is not { } close)
        {
            return;
        }

        output.WriteLine($"Flight: {close.FlightId} ({close.Flight.State})");
        output.WriteLine("Files:");
        foreach (var file in close.Files.Where(f => f.State != "Unpacked"))
        {
            var verdict = file.Quality?.Verdict ?? "refused";
            var reasons = file.Problem ?? string.Join("; ", file.Quality?.Reasons.Select(r => $"{r.Code}: {r.Message}") ?? []);
            output.WriteLine(reasons.Length == 0 ? $"  {verdict,-8} {file.Name}" : $"  {verdict,-8} {file.Name}  ({reasons})");
        }
    }

    /// <summary>The flight as the progress bar draws it.</summary>
    public static FlightStatus ToStatus(RemoteFlight flight) => new(
        flight.FlightId,
        Enum.TryParse<FlightState>(flight.State, out var state) ? state : FlightState.Running,
        flight.CapturesTotal,
        flight.CapturesDone,
        flight.CapturesFailed,
        flight.Problems,
        flight.FindingCount);
}
