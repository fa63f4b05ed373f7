using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Flight;
using DroneInspect.Grains.Output;

namespace DroneInspect.Grains.Tests.Output;

public sealed class CaptureOverridesReportTests
{
    private static CaptureRecord Capture(string id, ThermalOverrides? overrides, params string[] notes)
        => new(id, null, $"/f/{id}_T.JPG", CaptureStage.Done, 1, null, [], notes) { Overrides = overrides };

    [Fact]
    public void EachCaptureWithOverridesIsListedAndAFormatThatIgnoresThemSaysSo()
    {
        var lines = FlightOutputs.OverridesByCapture(
        [
            Capture("flir", new ThermalOverrides(Emissivity: 0.8, ReflectedTemperatureCelsius: -3.5), "overrides: emissivity 0.80 (override), reflected -3.5 C (override); the map was computed with them"),
            Capture("dji", new ThermalOverrides(Emissivity: 0.8), "overrides: not applied: dji-rjpeg maps are not computed from measurement conditions, so the file's values stand (given: emissivity 0.80 (override))"),
            Capture("plain", null),
        ]);

        Assert.Equal(
        [
            "flir: emissivity 0.80 (override), reflected -3.5 C (override)",
            "dji: emissivity 0.80 (override) - did not apply: dji-rjpeg maps are not computed from measurement conditions, so the file's values stand",
        ], lines);
    }

    [Fact]
    public void ReportShowsTheOverridesSection()
    {
        var report = new FlightReport("f", "/f", DateTimeOffset.UnixEpoch, 1, 1, 0, [], [], [], new Dictionary<string, IReadOnlyList<string>>())
        {
            CaptureOverrides = ["flir: emissivity 0.80 (override)"],
        };

        var html = ReportHtmlWriter.ToHtml(report);

        Assert.Contains("<h2>Measurement overrides (per capture)</h2>\n<ul><li>flir: emissivity 0.80 (override)</li></ul>", html, StringComparison.Ordinal);
    }
}
