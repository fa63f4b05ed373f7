using System.Text.RegularExpressions;
using OpenCvSharp;

namespace DroneInspect.Synthetic.Tests;

[Collection(SampleFlightCollection.Name)]
public sealed partial class SampleFlightGeneratorTests(SampleFlightFixture flight)
{
    [GeneratedRegex(@"^DJI_\d{14}_\d{4}_(W\.JPG|T\.JPG|T\.tiff)$")]
    private static partial Regex DjiName();

    [Fact]
    public void WritesRgbAndThermalPairsWithDjiNames()
    {
        var files = Directory.GetFiles(flight.Summary.FlightFolder).Select(Path.GetFileName).ToList();
        Assert.All(files, f => Assert.Matches(DjiName(), f!));
        var rgb = files.Where(f => f!.EndsWith("_W.JPG", StringComparison.Ordinal)).ToList();
        var thermal = files.Where(f => f!.Contains("_T.", StringComparison.Ordinal)).ToList();
        Assert.InRange(rgb.Count, 12, 16);
        Assert.Equal(rgb.Count, thermal.Count);
        Assert.Equal(flight.Summary.RgbCount, rgb.Count);
        Assert.Equal(flight.Summary.ThermalCount, thermal.Count);
        Assert.InRange(thermal.Count(f => f!.EndsWith(".tiff", StringComparison.Ordinal)), 2, 3);
        foreach (var w in rgb)
        {
            string stem = w![..^"_W.JPG".Length];
            Assert.Contains(thermal, t => t!.StartsWith(stem + "_T.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EverySightingLiesInsideItsImage()
    {
        var captures = flight.Truth.Captures.ToDictionary(c => c.File);
        foreach (var defect in flight.Truth.Defects)
        {
            foreach (var s in defect.Sightings)
            {
                var c = captures[s.File];
                Assert.InRange(s.PixelX, 0, c.Width - 1);
                Assert.InRange(s.PixelY, 0, c.Height - 1);
                Assert.Equal(defect.Kind == "thermal" ? "thermal" : "rgb", c.Kind);
            }
        }
    }

    [Fact]
    public void EachHotspotIsSeenInTwoThermalCapturesAndEachVisualDefectInAnRgbCapture()
    {
        var hotspots = flight.Truth.Defects.Where(d => d.Kind == "thermal").ToList();
        Assert.True(hotspots.Count >= 5, "at least five hotspots are planted");
        Assert.All(hotspots, d => Assert.True(d.Sightings.Count >= 2, $"{d.Id} seen {d.Sightings.Count} times"));
        var visual = flight.Truth.Defects.Where(d => d.Kind == "visual").ToList();
        Assert.Equal(["bird-nest", "broken-strand", "flashover", "missing-disc"], visual.Select(d => d.VisualClass).Order());
        Assert.All(visual, d => Assert.NotEmpty(d.Sightings));
        Assert.Equal(flight.Truth.Defects.Count, flight.Summary.DefectCount);
        Assert.Equal(flight.Truth.Defects.Count, flight.Truth.Defects.Select(d => (d.AssetId, d.Component, d.Phase)).Distinct().Count());
    }

    [Fact]
    public void HotspotPixelsDecodeToThePlantedTemperatureOverFiveByFivePixels()
    {
        int checkedSightings = 0;
        foreach (var defect in flight.Truth.Defects.Where(d => d.Kind == "thermal"))
        {
            foreach (var s in defect.Sightings)
            {
                var temperature = ThermalReader(flight.FilePath(s.File), out int width);
                int x = (int)Math.Round(s.PixelX), y = (int)Math.Round(s.PixelY);
                for (int dy = -2; dy <= 2; dy++)
                {
                    for (int dx = -2; dx <= 2; dx++)
                    {
                        double t = temperature((y + dy) * width + x + dx);
                        Assert.True(Math.Abs(t - defect.TemperatureCelsius!.Value) <= 0.1,
                            $"{defect.Id} in {s.File} at ({x + dx},{y + dy}): {t:F3} C, planted {defect.TemperatureCelsius} C");
                    }
                }

                checkedSightings++;
            }
        }

        Assert.True(checkedSightings >= 10);
    }

    [Fact]
    public void PlantedHotspotsCoverEveryGradeLevel()
    {
        var grades = flight.Truth.Defects.Where(d => d.Kind == "thermal").Select(d => d.ExpectedGrade!).ToList();
        Assert.Superset(new HashSet<string> { "possible-deficiency", "probable-deficiency", "major-discrepancy" },
            grades.Select(g => g.NetaSimilar).ToHashSet());
        Assert.Superset(new HashSet<string> { "normal", "general", "serious", "critical" }, grades.Select(g => g.Dlt664).ToHashSet());
        Assert.All(flight.Truth.Defects.Where(d => d.Kind == "visual"), d => Assert.Null(d.ExpectedGrade));
    }

    /// <summary>Per-pixel temperature (Celsius) of a thermal file, decoded independently of the generator.</summary>
    private static Func<int, double> ThermalReader(string path, out int width)
    {
        if (path.EndsWith(".tiff", StringComparison.Ordinal))
        {
            using var mat = Cv2.ImRead(path, ImreadModes.Unchanged);
            Assert.Equal(MatType.CV_16UC1, mat.Type());
            width = mat.Cols;
            mat.GetArray(out ushort[] counts);
            return i => counts[i] * 0.04 - 273.15;
        }

        var flir = FlirJpegContent.Read(path);
        width = flir.Width;
        return i => flir.TemperatureCelsius(flir.Raw[i]);
    }
}
