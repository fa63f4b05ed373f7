namespace DroneInspect.Ingestion.Intake;

/// <summary>
/// The second pass of <see cref="CapturePairing"/>: lone thermal and lone RGB files (non-DJI names) whose capture
/// times, compared as instants (offsets applied), are within a tolerance become one pair; closest first.
/// </summary>
internal static class CapturePairingByTime
{
    public static List<CapturePair> Merge(
        List<CapturePair> pairs, Func<string, FlightFile> file, Func<FlightFile, CaptureFacts?> facts, TimeSpan tolerance)
    {
        var loneThermal = pairs.Where(p => p.RgbPath is null && p.ThermalPath is not null && !CapturePairing.IsDjiName(p.ThermalPath)).ToList();
        var loneRgb = pairs.Where(p => p.ThermalPath is null && p.RgbPath is not null && !CapturePairing.IsDjiName(p.RgbPath)).ToList();
        var candidates = new List<(TimeSpan Gap, CapturePair Thermal, CapturePair Rgb)>();
        foreach (var t in loneThermal)
        {
            if (facts(file(t.ThermalPath!))?.CaptureTime is not { } thermalTime)
            {
                continue;
            }

            foreach (var r in loneRgb)
            {
                if (facts(file(r.RgbPath!))?.CaptureTime is { } rgbTime && (thermalTime - rgbTime).Duration() is var gap && gap <= tolerance)
                {
                    candidates.Add((gap, t, r));
                }
            }
        }

        var used = new HashSet<CapturePair>(ReferenceEqualityComparer.Instance);
        var merged = new List<CapturePair>();
        foreach (var (_, t, r) in candidates
            .OrderBy(c => c.Gap)
            .ThenBy(c => c.Thermal.CaptureId, StringComparer.Ordinal)
            .ThenBy(c => c.Rgb.CaptureId, StringComparer.Ordinal))
        {
            if (used.Contains(t) || used.Contains(r))
            {
                continue;
            }

            used.Add(t);
            used.Add(r);
            merged.Add(new CapturePair(t.CaptureId, r.RgbPath, t.ThermalPath));
        }

        return [.. pairs.Where(p => !used.Contains(p)), .. merged];
    }
}
