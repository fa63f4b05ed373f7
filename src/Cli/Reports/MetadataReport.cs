using System.Globalization;
using System.Text.Json;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Quality;

namespace DroneInspect.Cli.Reports;

/// <summary>One file's `metadata` output: a JSON object (written into a running array) or a readable block.</summary>
public static class MetadataReport
{
    public static void WriteJson(Utf8JsonWriter w, CaptureInspection c, (string CaptureId, IReadOnlyList<string> Partners)? pairing)
    {
        w.WriteStartObject();
        w.WriteString("file", c.Path);
        if (c.Error is not null)
        {
            w.WriteString("error", c.Error);
        }

        w.WriteString("sha256", c.Sha256);
        w.WriteString("kind", c.Kind.ToString().ToLowerInvariant());
        if (c.Metadata is { } m)
        {
            WriteMetadata(w, m);
        }

        WriteIntrinsics(w, c.Intrinsics);
        if (c.Intrinsics is null && c.IntrinsicsNote is not null)
        {
            w.WriteString("intrinsicsNote", c.IntrinsicsNote);
        }
        if (c.Thermal is { } t)
        {
            w.WriteStartObject("thermal");
            w.WriteString("format", t.Format);
            w.WriteNumber("width", t.Width);
            w.WriteNumber("height", t.Height);
            w.WriteBoolean("absolute", t.Absolute);
            w.WriteString("note", t.Note);
            w.WriteEndObject();
        }

        w.WriteStartObject("pairing");
        w.WriteString("captureId", pairing?.CaptureId);
        w.WriteStartArray("partners");
        foreach (var partner in pairing?.Partners ?? [])
        {
            w.WriteStringValue(partner);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("quality");
        w.WriteString("verdict", c.Verdict.Verdict);
        w.WriteStartArray("reasons");
        foreach (var r in c.Verdict.Reasons)
        {
            w.WriteStartObject();
            w.WriteString("code", r.Code);
            w.WriteString("severity", r.Severity == QualitySeverity.Rejection ? "rejection" : "warning");
            w.WriteString("message", r.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static string ToText(CaptureInspection c, (string CaptureId, IReadOnlyList<string> Partners)? pairing)
    {
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<string> { c.Path };
        if (c.Error is not null)
        {
            lines.Add($"  error: {c.Error}");
        }

        if (c.Metadata is { } m)
        {
            var camera = string.Join(' ', new[] { m.Make, m.Model }.Where(t => !string.IsNullOrWhiteSpace(t)));
            lines.Add($"  camera: {(camera.Length == 0 ? "(not stated)" : camera)}, {m.ImageWidth}x{m.ImageHeight}, taken {m.CaptureTime?.ToString("yyyy-MM-ddTHH:mm:ss.FFFzzz", inv) ?? "(no time)"}");
            lines.Add(m.Gps is { } g
                ? string.Create(inv, $"  gps: {g.LatitudeDegrees:0.0000000}, {g.LongitudeDegrees:0.0000000}, {g.AltitudeMeters:0.##} m")
                : "  gps: none");
            lines.Add(m.Pose is { } p
                ? string.Create(inv, $"  gimbal yaw/pitch/roll {p.GimbalYawDegrees}/{p.GimbalPitchDegrees}/{p.GimbalRollDegrees}°, flight yaw {p.FlightYawDegrees}°, rel. altitude {p.RelativeAltitudeMeters} m")
                : "  pose: none");
            lines.Add("  lens: " + Lens(m));
        }

        if (c.Intrinsics is { } k)
        {
            lines.Add(string.Create(inv, $"  intrinsics: fx {k.FocalLengthPixelsX:0.#} fy {k.FocalLengthPixelsY:0.#} px, centre ({k.PrincipalPointX}, {k.PrincipalPointY}), from {k.Source}"));
        }

        if (c.IntrinsicsNote is not null)
        {
            lines.Add($"  intrinsics note: {c.IntrinsicsNote}");
        }

        if (c.Thermal is { } t)
        {
            lines.Add($"  thermal: {t.Format} {t.Width}x{t.Height}, {(t.Absolute ? "absolute °C" : "relative counts")}{(t.Note is null ? "" : $" ({t.Note})")}");
        }

        if (pairing is { } pair)
        {
            lines.Add($"  capture {pair.CaptureId}{(pair.Partners.Count == 0 ? ", no partner file" : ", with " + string.Join(", ", pair.Partners.Select(Path.GetFileName)))}");
        }

        lines.Add($"  quality: {c.Verdict.Verdict}");
        lines.AddRange(c.Verdict.Reasons.Select(r => $"    {(r.Severity == QualitySeverity.Rejection ? "rejected" : "warning")} {r.Code}: {r.Message}"));
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    private static string Lens(CaptureMetadata m)
    {
        var parts = new List<string>();
        if (m.FocalLengthMillimeters is { } f)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"focal length {f:0.##} mm"));
        }

        if (m.FocalLength35mmEquivalent is { } f35)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"35 mm equivalent {f35:0.#} mm"));
        }

        if (m.FocalPlaneXResolutionPerMillimeter is { } rx)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"focal plane {rx:0.###} px/mm (stated per {m.FocalPlaneResolutionUnit})"));
        }

        return parts.Count == 0 ? "not stated" : string.Join(", ", parts);
    }

    private static void WriteMetadata(Utf8JsonWriter w, CaptureMetadata m)
    {
        w.WriteString("make", m.Make);
        w.WriteString("model", m.Model);
        w.WriteString("captureTime", m.CaptureTime?.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
        if (m.Gps is { } g)
        {
            w.WriteStartObject("gps");
            JsonNumbers.Write(w, "latitudeDegrees", g.LatitudeDegrees);
            JsonNumbers.Write(w, "longitudeDegrees", g.LongitudeDegrees);
            JsonNumbers.Write(w, "altitudeMeters", g.AltitudeMeters);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("gps");
        }

        if (m.Pose is { } p)
        {
            w.WriteStartObject("pose");
            JsonNumbers.Write(w, "gimbalYawDegrees", p.GimbalYawDegrees);
            JsonNumbers.Write(w, "gimbalPitchDegrees", p.GimbalPitchDegrees);
            JsonNumbers.Write(w, "gimbalRollDegrees", p.GimbalRollDegrees);
            JsonNumbers.Write(w, "flightYawDegrees", p.FlightYawDegrees);
            JsonNumbers.Write(w, "flightPitchDegrees", p.FlightPitchDegrees);
            JsonNumbers.Write(w, "flightRollDegrees", p.FlightRollDegrees);
            JsonNumbers.Write(w, "relativeAltitudeMeters", p.RelativeAltitudeMeters);
            JsonNumbers.Write(w, "absoluteAltitudeMeters", p.AbsoluteAltitudeMeters);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("pose");
        }

        JsonNumbers.Write(w, "focalLengthMillimeters", m.FocalLengthMillimeters);
        JsonNumbers.Write(w, "focalLength35mmEquivalent", m.FocalLength35mmEquivalent);
        w.WriteStartObject("focalPlaneResolution");
        JsonNumbers.Write(w, "xPerMillimeter", m.FocalPlaneXResolutionPerMillimeter);
        JsonNumbers.Write(w, "yPerMillimeter", m.FocalPlaneYResolutionPerMillimeter);
        w.WriteString("fileUnit", m.FocalPlaneResolutionUnit);
        w.WriteEndObject();
        if (m.ImageWidth is { } width && m.ImageHeight is { } height)
        {
            w.WriteNumber("imageWidth", width);
            w.WriteNumber("imageHeight", height);
        }
    }

    private static void WriteIntrinsics(Utf8JsonWriter w, CameraIntrinsics? k)
    {
        if (k is null)
        {
            w.WriteNull("intrinsics");
            return;
        }

        w.WriteStartObject("intrinsics");
        JsonNumbers.Write(w, "focalLengthPixelsX", k.FocalLengthPixelsX);
        JsonNumbers.Write(w, "focalLengthPixelsY", k.FocalLengthPixelsY);
        JsonNumbers.Write(w, "principalPointX", k.PrincipalPointX);
        JsonNumbers.Write(w, "principalPointY", k.PrincipalPointY);
        w.WriteNumber("width", k.Width);
        w.WriteNumber("height", k.Height);
        JsonNumbers.Write(w, "diagonalFieldOfViewDegrees", k.DiagonalFieldOfViewDegrees);
        w.WriteString("source", k.Source);
        if (k.Note is not null)
        {
            w.WriteString("note", k.Note);
        }

        w.WriteEndObject();
    }
}
