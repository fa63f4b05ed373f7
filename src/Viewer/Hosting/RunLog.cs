using System.Globalization;
using Microsoft.Extensions.Logging;

namespace DroneInspect.Viewer.Hosting;

/// <summary>
/// The runtime's log records that matter for a run, kept so a command can show them with the flight's problems rather
/// than let them scroll past (or hide them in the log file alone). What matters: any error, and any warning from the
/// runtime (e.g. a grain call that timed out) except the scheduler's slow-turn notices and the watchdog's, which say
/// the machine was busy, not that work was lost, and the silo's notes on the GC mode. DroneInspect's own records are left out: the flight already states
/// them as its problems. Everything, kept or not, is in the log file.
/// </summary>
public sealed class RunLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _kept = new(StringComparer.Ordinal);
    private int _warnings;

    /// <summary>The file records were last written to; null before the first.</summary>
    public string? LogFilePath { get; private set; }

    /// <summary>Warnings and errors written to the log file so far.</summary>
    public int WarningCount
    {
        get
        {
            lock (_gate)
            {
                return _warnings;
            }
        }
    }

    /// <summary>Whether a record is one a run reports (see the class summary).</summary>
    public static bool Matters(string category, LogLevel level) => Matters(category, level, message: string.Empty);

    /// <summary>
    /// As <see cref="Matters(string, LogLevel)"/>, and the silo's start-up notes on the GC mode are left out too: the
    /// command line runs on workstation GC on purpose (start-up time and memory on small machines), not by mistake.
    /// Like the scheduler's and the watchdog's, the silo health monitor's warnings (a timer fired late, the thread pool
    /// stalled) speak of the machine's pace, not of the flight: they stay in the log file, the run does not list them.
    /// </summary>
    public static bool Matters(string category, LogLevel level, string message) =>
        level >= LogLevel.Warning
        && !category.StartsWith("DroneInspect", StringComparison.Ordinal)
        && (level >= LogLevel.Error
            || !(category.Contains(".Scheduler", StringComparison.Ordinal)
                || category.Contains(".Watchdog", StringComparison.Ordinal)
                || category.EndsWith(".LocalSiloHealthMonitor", StringComparison.Ordinal)
                || IsGcModeNote(category, message)));

    private static bool IsGcModeNote(string category, string message) =>
        category == "Orleans.Runtime.Silo" && message.Contains("ServerGC", StringComparison.Ordinal);

    public void Record(string category, LogLevel level, string message, string logFilePath)
    {
        lock (_gate)
        {
            LogFilePath = logFilePath;
            if (level < LogLevel.Warning)
            {
                return;
            }

            _warnings++;
            if (Matters(category, level, message))
            {
                var key = $"runtime {(level >= LogLevel.Error ? "error" : "warning")} ({category}): {FirstLine(message)}";
                _kept[key] = _kept.GetValueOrDefault(key) + 1;
            }
        }
    }

    /// <summary>One line per distinct record that matters, with how often it came ("(3 times)").</summary>
    public IReadOnlyList<string> Problems()
    {
        lock (_gate)
        {
            return _kept.Select(kv => kv.Value == 1 ? kv.Key : string.Create(CultureInfo.InvariantCulture, $"{kv.Key} ({kv.Value} times)")).ToList();
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        var line = end < 0 ? message : message[..end];
        return line.Length > 300 ? line[..300] + "..." : line;
    }
}
