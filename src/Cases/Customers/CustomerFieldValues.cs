namespace DroneInspect.Cases.Customers;

/// <summary>The words customers.csv uses for types, channels and flags, and what each means.</summary>
public static class CustomerFieldValues
{
    /// <summary>Values of the <c>type</c> column ("small-business", the old name for commercial, is still read).</summary>
    public static readonly IReadOnlyList<string> Types = ["household", "commercial", "industrial", "critical"];

    /// <summary>Values of the <c>preferredChannel</c> column.</summary>
    public static readonly IReadOnlyList<string> Channels = ["sms", "email", "phone", "visit"];

    /// <summary>Entries of the <c>flags</c> column, separated by ';'.</summary>
    public static readonly IReadOnlyList<string> Flags = ["elderly", "continuous-supply", "medical-equipment"];

    /// <summary>The customer type a <c>type</c> field names (case and surrounding spaces ignored).</summary>
    public static bool TryType(string value, out CustomerType type)
    {
        (var ok, type) = value.Trim().ToLowerInvariant() switch
        {
            "household" => (true, CustomerType.Household),
            "commercial" or "small-business" => (true, CustomerType.Commercial),
            "industrial" => (true, CustomerType.Industrial),
            "critical" => (true, CustomerType.Critical),
            _ => (false, default),
        };
        return ok;
    }

    /// <summary>The channel a <c>preferredChannel</c> field names (case and surrounding spaces ignored; "e-mail" too).</summary>
    public static bool TryChannel(string value, out ContactChannel channel)
    {
        (var ok, channel) = value.Trim().ToLowerInvariant() switch
        {
            "sms" => (true, ContactChannel.Sms),
            "email" or "e-mail" => (true, ContactChannel.Email),
            "phone" => (true, ContactChannel.Phone),
            "visit" => (true, ContactChannel.Visit),
            _ => (false, default),
        };
        return ok;
    }

    /// <summary>The needs named in a <c>flags</c> field; each entry that is not one of <see cref="Flags"/> goes to <paramref name="unknown"/>.</summary>
    public static CustomerNeeds ParseFlags(string value, List<string> unknown)
    {
        var needs = CustomerNeeds.None;
        foreach (var flag in value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            switch (flag.ToLowerInvariant())
            {
                case "elderly": needs |= CustomerNeeds.Elderly; break;
                case "continuous-supply": needs |= CustomerNeeds.ContinuousSupply; break;
                case "medical-equipment": needs |= CustomerNeeds.MedicalEquipment; break;
                default: unknown.Add(flag); break;
            }
        }

        return needs;
    }

    /// <summary>
    /// The needs an old <c>specialNeeds</c> free-text field speaks of ("elderly", "独居老人", "life-support",
    /// "critical-process"...): read as the files of that time were meant, never an error.
    /// </summary>
    public static CustomerNeeds FromSpecialNeedsText(string value)
    {
        var text = value.ToLowerInvariant();
        var needs = CustomerNeeds.None;
        if (text.Contains("elderly", StringComparison.Ordinal) || text.Contains("老人", StringComparison.Ordinal)) needs |= CustomerNeeds.Elderly;
        if (text.Contains("continuous", StringComparison.Ordinal) || text.Contains("life-support", StringComparison.Ordinal)
            || text.Contains("critical-process", StringComparison.Ordinal)) needs |= CustomerNeeds.ContinuousSupply;
        if (text.Contains("medical", StringComparison.Ordinal) || text.Contains("life-support", StringComparison.Ordinal)) needs |= CustomerNeeds.MedicalEquipment;
        return needs;
    }
}
