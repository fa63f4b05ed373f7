using System.Diagnostics;

namespace DroneInspect.Cases.Tests.Explanations;

/// <summary>Runs poppler's pdftotext (Debian poppler-utils, which ./test.sh installs) to read a PDF's text as a reader would.</summary>
internal static class Pdftotext
{
    public const string SkipReason = "pdftotext is not on PATH (Debian package poppler-utils; ./test.sh installs it).";

    public static string? Path { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => System.IO.Path.Combine(dir, "pdftotext"))
        .FirstOrDefault(File.Exists);

    public static string Extract(byte[] pdf)
    {
        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"explain-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(Path ?? throw new InvalidOperationException(SkipReason), ["-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var text = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"pdftotext failed ({process.ExitCode}): {errors}");
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}

/// <summary>A fact that needs pdftotext: skipped, saying why, only when pdftotext is truly absent.</summary>
public sealed class PdftotextFactAttribute : FactAttribute
{
    public PdftotextFactAttribute()
    {
        if (Pdftotext.Path is null) Skip = Pdftotext.SkipReason;
    }
}
