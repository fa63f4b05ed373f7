namespace DroneInspect.Vision.Thermal.Grading;

/// <summary>Checks a rule set before use: known scales and levels, sane bounds, unique ids, no overlapping intervals.</summary>
internal static class GradingRulesValidator
{
    public static void Validate(GradingRuleSet set, string sourceName)
    {
        if (set.Standards is null || set.Standards.Count == 0)
        {
            throw new GradingRulesException($"{sourceName}: no standards defined.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var standard in set.Standards)
        {
            if (standard.Levels is null || standard.Levels.Count == 0 || !standard.Levels.Contains(standard.DefaultLevel))
            {
                throw new GradingRulesException(
                    $"{sourceName}: standard '{standard.Id}' must list its levels and include its default level '{standard.DefaultLevel}'.");
            }

            foreach (var rule in standard.Rules ?? [])
            {
                ValidateRow(rule, standard, ids, sourceName);
            }

            CheckOverlaps(standard, sourceName);
        }

        if (set.HotRegions is { } regions)
        {
            ValidateRegions(regions, sourceName);
        }
    }

    /// <summary>Each finder parameter in its meaningful range; the message names the parameter as the file spells it.</summary>
    private static void ValidateRegions(HotRegionOptions o, string sourceName)
    {
        Check(o.MinDeltaKelvin > 0 && double.IsFinite(o.MinDeltaKelvin), "minDeltaKelvin", "a positive number of Kelvin");
        Check(o.MinDeltaCounts > 0 && double.IsFinite(o.MinDeltaCounts), "minDeltaCounts", "a positive number of counts");
        Check(o.NoiseFactor >= 0 && double.IsFinite(o.NoiseFactor), "noiseFactor", "0 or more");
        Check(o.LevelFraction is > 0 and < 1, "levelFraction", "between 0 and 1 (exclusive)");
        Check(o.MinBlockPixels is >= 1 and <= 15, "minBlockPixels", "1 to 15");
        Check(o.RingGapPixels is >= 0 and <= 64, "ringGapPixels", "0 to 64");
        Check(o.RingWidthPixels is >= 1 and <= 64, "ringWidthPixels", "1 to 64");
        Check(o.LineElongation >= 1 && double.IsFinite(o.LineElongation), "lineElongation", "1 or more");
        Check(o.HotPartRiseFraction >= 0 && double.IsFinite(o.HotPartRiseFraction), "hotPartRiseFraction", "0 or more");
        Check(o.ClutterFactor >= 0 && double.IsFinite(o.ClutterFactor), "clutterFactor", "0 or more");
        Check(o.HotPartMaxAreaFraction is > 0 and <= 1, "hotPartMaxAreaFraction", "above 0, at most 1");
        Check(o.MinThickFraction is >= 0 and <= 1, "minThickFraction", "0 to 1");
        Check(o.MaxBodyFrameFraction is > 0 and <= 1, "maxBodyFrameFraction", "above 0, at most 1");
        Check(o.BodyFillFraction is >= 0 and < 1, "bodyFillFraction", "0 or more, below 1");
        Check(o.WarmMarginFraction >= 0 && double.IsFinite(o.WarmMarginFraction), "warmMarginFraction", "0 or more");

        void Check(bool ok, string name, string range)
        {
            if (!ok)
            {
                throw new GradingRulesException($"{sourceName}: hotRegions.{name} must be {range}.");
            }
        }
    }

    private static void ValidateRow(GradingRule rule, GradingStandard standard, HashSet<string> ids, string sourceName)
    {
        if (string.IsNullOrWhiteSpace(rule.Id))
        {
            throw new GradingRulesException($"{sourceName}: a row of standard '{standard.Id}' has no id.");
        }

        if (!ids.Add(rule.Id))
        {
            throw new GradingRulesException($"{sourceName}: row '{rule.Id}': duplicate id.");
        }

        if (!GradingScales.All.Contains(rule.Scale))
        {
            throw new GradingRulesException(
                $"{sourceName}: row '{rule.Id}': unknown scale '{rule.Scale}' (known: {string.Join(", ", GradingScales.All)}).");
        }

        if (!standard.Levels.Contains(rule.Level))
        {
            throw new GradingRulesException(
                $"{sourceName}: row '{rule.Id}': level '{rule.Level}' is not one of standard '{standard.Id}' levels ({string.Join(", ", standard.Levels)}).");
        }

        if (rule.EquipmentKinds is null || rule.EquipmentKinds.Count == 0)
        {
            throw new GradingRulesException($"{sourceName}: row '{rule.Id}': no equipment kinds (use \"*\" for any).");
        }

        if (rule.Min is null && rule.Max is null)
        {
            throw new GradingRulesException($"{sourceName}: row '{rule.Id}': needs a min or a max threshold.");
        }

        if (rule.Min is { } min && rule.Max is { } max && (min > max || (min == max && !(rule.MinInclusive && rule.MaxInclusive))))
        {
            throw new GradingRulesException($"{sourceName}: row '{rule.Id}': empty interval (min {min}, max {max}).");
        }
    }

    private static void CheckOverlaps(GradingStandard standard, string sourceName)
    {
        var rules = standard.Rules ?? [];
        for (int i = 0; i < rules.Count; i++)
        {
            for (int j = i + 1; j < rules.Count; j++)
            {
                var a = rules[i];
                var b = rules[j];
                if (a.Scale == b.Scale && a.EquipmentKinds.Intersect(b.EquipmentKinds).Any() && Overlap(a, b))
                {
                    throw new GradingRulesException(
                        $"{sourceName}: row '{b.Id}' overlaps row '{a.Id}' on scale '{a.Scale}' for the same equipment kind.");
                }
            }
        }
    }

    /// <summary>Two intervals overlap when each starts before the other ends (an endpoint shared by two inclusive bounds counts).</summary>
    private static bool Overlap(GradingRule a, GradingRule b) => StartsBeforeEnd(a, b) && StartsBeforeEnd(b, a);

    private static bool StartsBeforeEnd(GradingRule start, GradingRule end)
    {
        if (start.Min is not { } min || end.Max is not { } max)
        {
            return true;
        }

        return min < max || (min == max && start.MinInclusive && end.MaxInclusive);
    }
}
