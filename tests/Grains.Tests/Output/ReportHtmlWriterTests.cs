using DroneInspect.Grains.Output;
using DroneInspect.Grains.Tests.Findings;

namespace DroneInspect.Grains.Tests.Output;

public sealed class ReportHtmlWriterTests
{
    [Fact]
    public void NamesFromDataAreHtmlEscaped()
    {
        var html = ReportHtmlWriter.ToHtml(Report() with { FlightId = "<script>alert(1)</script>", Problems = ["a&b.JPG: <bad>"] });

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("a&amp;b.JPG: &lt;bad&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportListsFindingsBySeveritySkippedStagesAndAccuracyWithoutExternalUrls()
    {
        var monitor = FindingsGeoJsonWriterTests.Sample("F002", "T-2") with
        {
            Grade = "monitor", GradeStandard = TestGrades.NetaAmbient, Grades = [TestGrades.Thermal(TestGrades.NetaAmbient, "monitor")],
        };
        var critical = FindingsGeoJsonWriterTests.Sample("F001", "T-1") with
        {
            Grade = "critical", GradeStandard = TestGrades.DlT664, Grades = [TestGrades.Thermal(TestGrades.DlT664, "critical")],
        };
        var html = ReportHtmlWriter.ToHtml(Report() with { Findings = [monitor, critical] });

        Assert.True(html.IndexOf(">T-1<", StringComparison.Ordinal) < html.IndexOf(">T-2<", StringComparison.Ordinal));
        Assert.Contains("<td>critical (DL/T 664-2016)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>monitor (NETA-MTS-100.18-ambient)</td>", html, StringComparison.Ordinal);
        Assert.Contains("detect: skipped: no detector model configured (3 captures)", html, StringComparison.Ordinal);
        Assert.Contains("+-2..5 C", html, StringComparison.Ordinal);
        Assert.Contains("1001 Mill &amp; Co", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EachRowReadsTmaxMinusReferenceEqualsDeltaTAsShown()
    {
        var finding = FindingsGeoJsonWriterTests.Sample() with { MaxTemperatureCelsius = 95.04, ReferenceTemperatureCelsius = 44.86, DeltaTKelvin = 50.18 };

        var html = ReportHtmlWriter.ToHtml(Report() with { Findings = [finding] });

        Assert.Contains("<td>95.0 C</td><td>44.9 C (surroundings, ambient 25.5 C from the file)</td><td>50.1 K</td><td>C2</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RelativeFindingsShowCountsNeverCelsius()
    {
        var html = ReportHtmlWriter.ToHtml(Report() with { Findings = [FindingsGeoJsonWriterTests.Relative()] });

        Assert.Contains("<td>21874.0 counts</td><td>20500.0 counts (scene-median)</td><td>1374.0 counts</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteReplacesTheFileAndLeavesNoTemporaryFiles()
    {
        var folder = Directory.CreateTempSubdirectory("di-report-").FullName;
        try
        {
            ReportHtmlWriter.Write(folder, Report() with { FlightId = "first" });
            var path = ReportHtmlWriter.Write(folder, Report() with { FlightId = "second" });

            Assert.Contains("second", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.Equal([ReportHtmlWriter.FileName], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static FlightReport Report() => new(
        "flight-1", "/flights/1", new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero), 4, 3, 1,
        [FindingsGeoJsonWriterTests.Sample()], [], ["detect: skipped: no detector model configured (3 captures)"],
        new Dictionary<string, IReadOnlyList<string>> { ["F001"] = ["1001 Mill & Co"] });
}
