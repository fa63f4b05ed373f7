using System.Globalization;
using System.Text.Json;
using DroneInspect.Grains.Output;

namespace DroneInspect.Grains.Tests.EndToEnd;

/// <summary>
/// On the analysed sample flight: every finding's Tmax - reference = delta-T (its numbers come from one sighting), in
/// the grain's findings, findings.geojson and findings.csv; sightings are captures; grades name their standard.
/// </summary>
[Collection(SampleFlightCollection.Name)]
public sealed class SampleFlightFindingNumbersTests(SampleFlightFixture flight)
{
    private const double ToleranceKelvin = 0.05;

    [Fact]
    public void TmaxMinusReferenceIsDeltaTOnEveryFindingAndSighting()
    {
        var thermal = flight.Findings.Where(f => f.Kind == "thermal").ToList();
        Assert.NotEmpty(thermal);
        var problems = new List<string>();
        foreach (var f in thermal)
        {
            Check(problems, f.Id, f.MaxTemperatureCelsius, f.ReferenceTemperatureCelsius, f.DeltaTKelvin);
            foreach (var e in f.Evidence)
            {
                Check(problems, $"{f.Id}/{e.CaptureId}", e.MaxTemperatureCelsius, e.ReferenceTemperatureCelsius, e.DeltaTKelvin);
            }

            var grading = f.Evidence.SingleOrDefault(e => e.CaptureId == f.GradingCaptureId);
            if (grading is null || grading.MaxTemperatureCelsius != f.MaxTemperatureCelsius || grading.DeltaTKelvin != f.DeltaTKelvin
                || grading.ReferenceSource != f.ReferenceSource || grading.AmbientTemperatureCelsius != f.AmbientTemperatureCelsius
                || f.ReferenceSource is null || f.AmbientTemperatureCelsius is null)
            {
                problems.Add($"{f.Id}: numbers, reference source or ambient not those of its grading sighting {f.GradingCaptureId}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void TmaxMinusReferenceIsDeltaTInTheGeoJsonAndCsv()
    {
        using var geo = JsonDocument.Parse(File.ReadAllText(Path.Combine(flight.OutputFolder, FindingsGeoJsonWriter.FileName)));
        var problems = new List<string>();
        foreach (var feature in geo.RootElement.GetProperty("features").EnumerateArray())
        {
            var p = feature.GetProperty("properties");
            var id = p.GetProperty("id").GetString()!;
            Check(problems, "geojson " + id, Number(p, "maxTemperatureCelsius"), Number(p, "referenceTemperatureCelsius"), Number(p, "deltaTKelvin"));
            foreach (var s in p.GetProperty("sightings").EnumerateArray())
            {
                Check(problems, $"geojson {id}/{s.GetProperty("capture").GetString()}", Number(s, "maxTemperatureCelsius"),
                    Number(s, "referenceTemperatureCelsius"), Number(s, "deltaTKelvin"));
            }
        }

        var lines = File.ReadAllText(Path.Combine(flight.OutputFolder, FindingsCsvWriter.FileName)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            double? Cell(string column) => cells[Array.IndexOf(header, column)] is { Length: > 0 } text ? double.Parse(text, CultureInfo.InvariantCulture) : null;
            Check(problems, "csv " + cells[0], Cell("tmaxCelsius"), Cell("referenceCelsius"), Cell("deltaTKelvin"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// The map filters findings by date: each carries the time its grading capture was taken (EXIF, offset applied),
    /// null where the file states none (the sample has such a capture).
    /// </summary>
    [Fact]
    public void EveryFindingCarriesItsGradingCapturesTimeInUtc()
    {
        Assert.All(flight.Findings, f =>
        {
            var grading = Assert.Single(f.Evidence, e => e.CaptureId == f.GradingCaptureId);
            Assert.Equal(grading.CapturedAtUtc, f.CapturedAtUtc);
            Assert.True(f.CapturedAtUtc is null || f.CapturedAtUtc.Value.Offset == TimeSpan.Zero);
        });
        var dated = flight.Findings.Where(f => f.CapturedAtUtc is not null).ToList();
        Assert.True(dated.Count >= flight.Findings.Count - 1, $"only {dated.Count} of {flight.Findings.Count} findings have a capture time");
        Assert.All(dated, f => Assert.Equal(new DateOnly(2026, 6, 15), DateOnly.FromDateTime(f.CapturedAtUtc!.Value.UtcDateTime)));
    }

    /// <summary>Every absolute thermal finding says where its ambient temperature came from, as its grading sighting does.</summary>
    [Fact]
    public void AbsoluteFindingsCarryTheirAmbientSource()
    {
        var thermal = flight.Findings.Where(f => f.Absolute && f.AmbientTemperatureCelsius is not null).ToList();
        Assert.NotEmpty(thermal);
        Assert.All(thermal, f =>
        {
            Assert.Contains(f.AmbientSource, new[] { "option", "file", "assumed", "scene" });
            Assert.Equal(Assert.Single(f.Evidence, e => e.CaptureId == f.GradingCaptureId).AmbientSource, f.AmbientSource);
        });
    }

    [Fact]
    public void SightingCountsAreDistinctCaptures()
    {
        Assert.NotEmpty(flight.Findings);
        Assert.All(flight.Findings, f =>
        {
            var captures = f.Evidence.Select(e => e.CaptureId).ToList();
            Assert.Equal(captures.Count, captures.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(f.SightingCount, captures.Count);
            Assert.Equal(f.Captures.Order(StringComparer.Ordinal), captures.Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public void EveryGradeNamesItsStandardAndTheFindingHoldsTheWorstOnEach()
    {
        var thermal = flight.Findings.Where(f => f.Kind == "thermal").ToList();
        Assert.NotEmpty(thermal);
        Assert.All(thermal, f =>
        {
            Assert.False(string.IsNullOrEmpty(f.GradeStandard), $"{f.Id} has no standard");
            Assert.Contains(f.Grades, g => g.Standard == f.GradeStandard && g.Level == f.Grade);
            Assert.Equal(f.Grades.Count, f.Grades.Select(g => g.Standard).Distinct().Count());
            foreach (var grade in f.Grades)
            {
                var sightingRanks = f.Evidence.SelectMany(e => e.Grades).Where(g => g.Standard == grade.Standard).Select(g => g.Rank);
                Assert.Equal(sightingRanks.Max(), grade.Rank);
            }
        });
    }

    private static double? Number(JsonElement element, string name)
        => element.GetProperty(name) is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : null;

    private static void Check(List<string> problems, string what, double? tmax, double? reference, double? delta)
    {
        if (tmax is { } t && reference is { } r && delta is { } d && Math.Abs(t - r - d) > ToleranceKelvin)
        {
            problems.Add($"{what}: Tmax {t:0.00} - reference {r:0.00} = {t - r:0.00}, delta-T says {d:0.00}");
        }
        else if (tmax is null || reference is null || delta is null)
        {
            problems.Add($"{what}: a thermal number is missing (Tmax {tmax}, reference {reference}, delta-T {delta})");
        }
    }
}
