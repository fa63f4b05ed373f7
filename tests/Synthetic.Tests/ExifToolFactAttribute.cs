using System.Diagnostics;
using System.Text.Json;

namespace DroneInspect.Synthetic.Tests;

/// <summary>A fact that needs /usr/bin/exiftool; skipped with the reason when it is not installed.</summary>
public sealed class ExifToolFactAttribute : FactAttribute
{
    public ExifToolFactAttribute()
    {
        if (!File.Exists(ExifTool.Path))
        {
            Skip = $"{ExifTool.Path} not installed (apt-get install libimage-exiftool-perl)";
        }
    }
}

internal static class ExifTool
{
    public const string Path = "/usr/bin/exiftool";

    public static byte[] Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("exiftool did not start");
        using var output = new MemoryStream();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"exiftool failed: {stderr.Result}");
        return output.ToArray();
    }

    /// <summary>exiftool -j -n: numeric values of one file's tags.</summary>
    public static JsonElement Json(string file) =>
        JsonDocument.Parse(Run("-j", "-n", file)).RootElement[0].Clone();

    /// <summary>A tag as a number whether exiftool printed it as a number or as a signed string ("+12.30").</summary>
    public static double Number(this JsonElement json, string tag)
    {
        Assert.True(json.TryGetProperty(tag, out var value), $"exiftool found no {tag}");
        return value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : double.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
