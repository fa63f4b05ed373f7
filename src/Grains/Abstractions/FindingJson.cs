using System.Text.Json;

namespace DroneInspect.Grains.Abstractions;

/// <summary>
/// The one JSON shape of a finding, written the same way in findings.geojson, GET /api/findings.geojson and
/// GET /api/flights/{id}/findings. Every key is always present (null when it does not apply). Temperatures sit under
/// Celsius names only when the finding is absolute; a relative finding's sensor counts go under <c>maxCounts</c>,
/// <c>referenceCounts</c> and <c>deltaCounts</c> instead, and <c>unit</c> says which ("celsius", "counts", or null for
/// a visual finding). Numbers are rounded to 0.01; JSON has no NaN, so a value that is not finite is null.
/// </summary>
public static class FindingJson
{
    /// <summary>Writes <paramref name="finding"/> as one JSON object; <paramref name="flightId"/> is added when given.</summary>
    public static void Write(Utf8JsonWriter json, Finding finding, string? flightId = null)
    {
        json.WriteStartObject();
        json.WriteString("id", finding.Id);
        if (flightId is not null)
        {
            json.WriteString("flightId", flightId);
        }

        json.WriteString("kind", finding.Kind);
        json.WriteString("assetId", finding.AssetId);
        json.WriteString("component", finding.Component);
        json.WriteString("label", finding.Label);
        json.WriteString("grade", finding.Grade);
        json.WriteString("gradeStandard", finding.GradeStandard);
        json.WriteString("ruleId", finding.RuleId);
        WriteGrades(json, finding.Grades);
        json.WriteString("unit", finding.ValueUnit);
        WriteValues(json, finding.Absolute, finding.MaxTemperatureCelsius, finding.ReferenceTemperatureCelsius, finding.DeltaTKelvin);
        json.WriteString("referenceSource", finding.ReferenceSource);
        WriteNumber(json, "ambientTemperatureCelsius", finding.Absolute ? finding.AmbientTemperatureCelsius : null);
        json.WriteString("ambientSource", finding.Absolute ? finding.AmbientSource : null);
        WriteNumber(json, "relativeDifferencePercent", finding.RelativeDifferencePercent);
        json.WriteBoolean("absolute", finding.Absolute);
        json.WriteNumber("sightingCount", finding.SightingCount);
        json.WriteString("gradingCapture", finding.GradingCaptureId);
        json.WriteNumber("latitudeDegrees", finding.LatitudeDegrees);
        json.WriteNumber("longitudeDegrees", finding.LongitudeDegrees);
        WriteNumber(json, "altitudeMeters", finding.AltitudeMeters);
        WriteNumber(json, "uncertaintyMeters", finding.UncertaintyMeters);
        json.WriteStartArray("captures");
        foreach (var capture in finding.Captures)
        {
            json.WriteStringValue(capture);
        }

        json.WriteEndArray();
        WriteReview(json, finding.Review);
        json.WriteStartArray("sightings");
        foreach (var evidence in finding.Evidence)
        {
            WriteEvidence(json, evidence, finding.Absolute);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A JSON array of findings, as GET /api/flights/{id}/findings answers.</summary>
    public static string ToJsonArray(IEnumerable<Finding> findings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartArray();
            foreach (var finding in findings)
            {
                Write(json, finding);
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteReview(Utf8JsonWriter json, Review.ReviewStatus review)
    {
        json.WriteStartObject("review");
        json.WriteString("state", review.State);
        json.WriteString("standard", review.Standard);
        json.WriteString("level", review.Level);
        json.WriteNumber("eventCount", review.EventCount);
        json.WriteString("lastBy", review.LastBy);
        if (review.LastAtUtc is { } at)
        {
            json.WriteString("lastAtUtc", at.UtcDateTime);
        }
        else
        {
            json.WriteNull("lastAtUtc");
        }

        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, FindingEvidence e, bool absolute)
    {
        json.WriteStartObject();
        json.WriteString("capture", e.CaptureId);
        WriteNumber(json, "pixelX", e.PixelX);
        WriteNumber(json, "pixelY", e.PixelY);
        WriteValues(json, absolute, e.MaxTemperatureCelsius, e.ReferenceTemperatureCelsius, e.DeltaTKelvin);
        json.WriteString("referenceSource", e.ReferenceSource);
        WriteNumber(json, "ambientTemperatureCelsius", absolute ? e.AmbientTemperatureCelsius : null);
        json.WriteString("ambientSource", absolute ? e.AmbientSource : null);
        WriteNumber(json, "relativeDifferencePercent", e.RelativeDifferencePercent);
        json.WriteString("grade", e.Grade);
        json.WriteString("gradeStandard", e.GradeStandard);
        WriteGrades(json, e.Grades);
        json.WriteString("component", e.Component);
        json.WriteNumber("latitudeDegrees", e.LatitudeDegrees);
        json.WriteNumber("longitudeDegrees", e.LongitudeDegrees);
        WriteNumber(json, "altitudeMeters", e.AltitudeMeters);
        WriteNumber(json, "uncertaintyMeters", e.UncertaintyMeters);
        json.WriteString("evidenceId", e.EvidenceId);
        json.WriteEndObject();
    }

    /// <summary>Celsius names for absolute values, count names for relative ones: never counts under a Celsius name.</summary>
    private static void WriteValues(Utf8JsonWriter json, bool absolute, double? max, double? reference, double? delta)
    {
        WriteNumber(json, "maxTemperatureCelsius", absolute ? max : null);
        WriteNumber(json, "referenceTemperatureCelsius", absolute ? reference : null);
        WriteNumber(json, "deltaTKelvin", absolute ? delta : null);
        WriteNumber(json, "maxCounts", absolute ? null : max);
        WriteNumber(json, "referenceCounts", absolute ? null : reference);
        WriteNumber(json, "deltaCounts", absolute ? null : delta);
    }

    private static void WriteGrades(Utf8JsonWriter json, IReadOnlyList<StandardGrade> grades)
    {
        json.WriteStartArray("grades");
        foreach (var g in grades)
        {
            json.WriteStartObject();
            json.WriteString("standard", g.Standard);
            json.WriteString("level", g.Level);
            json.WriteString("ruleId", g.RuleId);
            json.WriteString("citation", g.Citation);
            json.WriteNumber("rank", g.Rank);
            json.WriteNumber("levelCount", g.LevelCount);
            WriteNumber(json, "severity", g.Severity);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, Math.Round(v, 2));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
