using System.ComponentModel;
using System.Diagnostics;

namespace DroneInspect.Bench;

/// <summary>Runs the exiftool command line the way other thermal tools do: one process, stdout captured whole.</summary>
public static class ExifTool
{
    public static string Version() => System.Text.Encoding.UTF8.GetString(Run("-ver")).Trim();

    /// <summary>Runs exiftool with <paramref name="arguments"/> and returns its stdout; throws <see cref="BenchException"/> on failure.</summary>
    public static byte[] Run(params string[] arguments)
    {
        var info = new ProcessStartInfo("exiftool") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        try
        {
            using var process = Process.Start(info) ?? throw new BenchException("exiftool did not start.");
            using var output = new MemoryStream();
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new BenchException($"exiftool {string.Join(' ', arguments)} exited {process.ExitCode}: {errors.Result.Trim()}");
            }

            return output.ToArray();
        }
        catch (Win32Exception e)
        {
            throw new BenchException($"exiftool is not installed or not on PATH: {e.Message}");
        }
    }
}
