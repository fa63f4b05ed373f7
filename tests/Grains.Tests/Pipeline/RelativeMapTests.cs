using DroneInspect.Ingestion.Tests.Support;
using System.Text.Json;
using DroneInspect.Grains.Findings;
using DroneInspect.Grains.Output;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Grains.Tests.Detection;
using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Thermal.Dji;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Grains.Tests.Pipeline;

/// <summary>
/// A real DJI M30T R-JPEG without the DJI Thermal SDK: a counts map, so every stage says relative. The file has no GPS,
/// so the test gives it the drone's position to see its hotspots placed and written.
/// </summary>
public sealed class RelativeMapTests
{
    [SharedDataWithoutDjiSdkFact]
    public void DjiCountsGiveRelativeOnlyHotspotsAndOutputsThatNeverClaimCelsius()
    {
        var path = SharedData.File("dji_thermal/M30T/DJI_0001_R.JPG");
        var real = PipelineStages.For(() => throw new InvalidOperationException("no asset network is needed without a pose"));
        var stages = real with { ReadMetadata = p => CaptureMetadataReader.Read(p) with { Gps = new GpsPosition(47.1, 8.2, 540), Pose = null } };

        var analysis = new InspectionPipeline(stages, null).Analyze(new CapturePair("DJI_0001", null, path));

        Assert.NotEmpty(analysis.Sightings);
        Assert.All(analysis.Sightings, s =>
        {
            Assert.False(s.Absolute);
            Assert.Equal(HotspotAnalyzer.RelativeOnly, s.Grade);
            Assert.True(s.MaxTemperatureCelsius > 1000, "counts, far above any Celsius a line could reach");
            Assert.All(new[] { s.MaxTemperatureCelsius, s.ReferenceTemperatureCelsius, s.DeltaTKelvin }, v => Assert.True(v is null || double.IsFinite(v.Value)));
        });
        Assert.Contains(analysis.Notes, n => n.Contains("relative map", StringComparison.Ordinal) && n.Contains("no Celsius claimed", StringComparison.Ordinal));

        // One capture: however many hot regions it shows and however they merge, each finding has one sighting.
        var findings = FindingMerger.Merge(analysis.Sightings);
        Assert.All(findings, f => Assert.Equal((1, 1), (f.SightingCount, f.Evidence.Count)));
        using var geo = JsonDocument.Parse(FindingsGeoJsonWriter.ToGeoJson(findings));
        Assert.All(geo.RootElement.GetProperty("features").EnumerateArray(), f =>
        {
            var p = f.GetProperty("properties");
            Assert.False(p.GetProperty("absolute").GetBoolean());
            Assert.Equal("counts", p.GetProperty("unit").GetString());
            Assert.Equal(JsonValueKind.Null, p.GetProperty("maxTemperatureCelsius").ValueKind);
            Assert.True(p.GetProperty("maxCounts").GetDouble() > 1000, "counts under a count name");
            Assert.Equal(JsonValueKind.Null, p.GetProperty("sightings")[0].GetProperty("maxTemperatureCelsius").ValueKind);
        });

        var html = ReportHtmlWriter.ToHtml(new FlightReport("f", "/f", DateTimeOffset.UnixEpoch, 1, 1, 0, findings, [], [], new Dictionary<string, IReadOnlyList<string>>()));
        Assert.Contains(ReportHtmlWriter.RelativeSentence, html, StringComparison.Ordinal);
        Assert.Contains(" counts</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" C</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" K</td>", html, StringComparison.Ordinal);
    }
}

/// <summary>Needs ../shared/data and no configured DJI Thermal SDK (with it, DJI maps are absolute Celsius).</summary>
public sealed class SharedDataWithoutDjiSdkFactAttribute : FactAttribute
{
    public SharedDataWithoutDjiSdkFactAttribute()
    {
        Skip = SharedData.Root is null ? "../shared/data not found beside the checkout"
            : DjiThermalSdk.Configured is not null ? "the DJI Thermal SDK is configured here, so DJI maps are absolute"
            : null;
    }
}
