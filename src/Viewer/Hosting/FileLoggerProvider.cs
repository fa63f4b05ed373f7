using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace DroneInspect.Viewer.Hosting;

/// <summary>
/// Writes the host's log records (the runtime's and ours, at the levels configuration lets through) to one file per UTC
/// day, <c>{logs folder}/droneinspect-YYYYMMDD.log</c>, instead of the console, where they would break into the progress
/// line a command draws. Every record is also offered to the <see cref="RunLog"/>, which keeps those that matter for the
/// run. Thread-safe: records from many threads are appended whole, one at a time.
/// </summary>
public sealed class FileLoggerProvider(string logsFolder, RunLog runLog, TimeProvider time) : ILoggerProvider
{
    private readonly Lock _gate = new();
    private StreamWriter? _writer;
    private string? _path;

    /// <summary>The file today's records go to.</summary>
    public string PathFor(DateTimeOffset utc) =>
        Path.Combine(logsFolder, $"droneinspect-{utc.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.log");

    public ILogger CreateLogger(string categoryName) => new FileLogger(this, categoryName);

    public void Dispose()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    private void Write(string category, LogLevel level, string message, Exception? exception)
    {
        var now = time.GetUtcNow();
        var line = new StringBuilder()
            .Append(now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))
            .Append(' ').Append(LevelName(level)).Append(' ').Append(category).Append(": ").Append(message);
        if (exception is not null)
        {
            line.AppendLine().Append(exception);
        }

        lock (_gate)
        {
            var path = PathFor(now);
            if (_writer is null || path != _path)
            {
                _writer?.Dispose();
                Directory.CreateDirectory(logsFolder);
                _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
                _path = path;
            }

            _writer.WriteLine(line.ToString());
            runLog.Record(category, level, message, path);
        }
    }

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "TRACE",
        LogLevel.Debug => "DEBUG",
        LogLevel.Information => "INFO",
        LogLevel.Warning => "WARN",
        LogLevel.Error => "ERROR",
        LogLevel.Critical => "CRIT",
        _ => level.ToString(),
    };

    private sealed class FileLogger(FileLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(category, logLevel, formatter(state, exception), exception);
            }
        }
    }
}
