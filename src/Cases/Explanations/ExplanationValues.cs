using System.Globalization;
using DroneInspect.Cases.Findings;

namespace DroneInspect.Cases.Explanations;

/// <summary>
/// Numbers of a finding as the customer reads them: "85.3 °C" when the map is absolute, "8123 counts" when it is a
/// counts map (never Celsius), dates as yyyy-MM-dd (UTC).
/// </summary>
internal sealed class ExplanationValues(CaseFinding finding, ExplanationTexts texts)
{
    public string Date(DateTimeOffset atUtc) => atUtc.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Reading(double? value, bool absolute) => value switch
    {
        null => "-",
        { } v when absolute => v.ToString("0.0", CultureInfo.InvariantCulture) + " °C",
        { } v => v.ToString("0", CultureInfo.InvariantCulture) + " " + texts.CountsUnit,
    };

    public List<string> MeasurementLines(string? cameraModel, string? ambientSource)
    {
        var lines = new List<string>
        {
            ExplanationTexts.Format(texts.MeasuredWithFormatCamera, cameraModel ?? "-"),
            ExplanationTexts.Format(texts.MeasuredOnFormatDate, finding.CapturedAtUtc is { } at
                ? at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "-"),
        };
        if (finding.Kind.Equals("thermal", StringComparison.OrdinalIgnoreCase) || finding.MaxTemperatureCelsius is not null)
        {
            lines.Add(ExplanationTexts.Format(texts.HotSpotFormatValue, Reading(finding.MaxTemperatureCelsius, finding.Absolute)));
            lines.Add(ExplanationTexts.Format(texts.ReferenceFormatValueSource, Reading(finding.ReferenceTemperatureCelsius, finding.Absolute),
                texts.ReferenceSourceName(finding.ReferenceSource)));
            if (finding.Absolute)
            {
                lines.Add(ExplanationTexts.Format(texts.AmbientFormatValueSource, Reading(finding.AmbientTemperatureCelsius, absolute: true),
                    texts.ReferenceSourceName(ambientSource)));
                if (finding.DeltaTKelvin is { } delta)
                    lines.Add(ExplanationTexts.Format(texts.DifferenceFormatKelvinPercent, delta.ToString("0.0", CultureInfo.InvariantCulture),
                        finding.RelativeDifferencePercent?.ToString("0", CultureInfo.InvariantCulture) ?? "-"));
                lines.Add(texts.CameraAccuracy);
            }
            else
            {
                lines.Add(texts.CountsNote);
            }
        }
        return lines;
    }
}
