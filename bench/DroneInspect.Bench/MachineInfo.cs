using System.Runtime.InteropServices;

namespace DroneInspect.Bench;

/// <summary>One paragraph on where the numbers were taken.</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memoryGiB = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"""
            # machine: {cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, {memoryGiB:F1} GiB
            # os: {RuntimeInformation.OSDescription}; .NET {Environment.Version}; exiftool {ExifTool.Version()}
            # date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC; load average: {load}
            """);
    }
}
