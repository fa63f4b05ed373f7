namespace DroneInspect.Cases.Requests;

/// <summary>
/// A report taken by the hotline or a service desk: a customer (by account) or a member of the public (by address or
/// location) noticed something wrong with the supply. Remarks and the address stay with the service team: they may
/// hold personal data and never reach a flight export.
/// </summary>
/// <param name="Id">The report's id; unique among reports.</param>
/// <param name="Account">The customer's account; null when the reporter is not a customer.</param>
/// <param name="Address">Street address as given; used by the service team, not for placing the report.</param>
/// <param name="Location">Where the reporter saw the problem; places a report that has no account.</param>
/// <param name="SymptomText">What the reporter described, in their words; required for <see cref="ReportSymptom.Other"/>.</param>
/// <param name="ReportedAtUtc">When the reporter noticed it or called, UTC.</param>
/// <param name="TakenBy">Who took the report (operator id or name of the service staff).</param>
public sealed record CustomerReport(
    string Id,
    string? Account,
    string? Address,
    ReportLocation? Location,
    ReportSymptom Symptom,
    string? SymptomText,
    DateTimeOffset ReportedAtUtc,
    string TakenBy,
    ReportChannel Channel,
    string? Remarks)
{
    /// <summary>Longest symptom text accepted (it travels to the pilot's target list).</summary>
    public const int MaxSymptomTextLength = 200;

    /// <summary>What is wrong with this report, one sentence each; empty when it can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Id))
        {
            errors.Add("The report has no id.");
        }

        if (string.IsNullOrWhiteSpace(Account) && string.IsNullOrWhiteSpace(Address) && Location is null)
        {
            errors.Add($"Report '{Id}' names no account, address or location: there is nothing to inspect.");
        }

        if (Location is { IsValid: false } location)
        {
            errors.Add($"Report '{Id}' has location ({location.LongitudeDegrees}, {location.LatitudeDegrees}) outside WGS84 degrees (lon -180..180, lat -90..90).");
        }

        if (!Enum.IsDefined(Symptom))
        {
            errors.Add($"Report '{Id}' has unknown symptom {(int)Symptom}.");
        }

        if (Symptom == ReportSymptom.Other && string.IsNullOrWhiteSpace(SymptomText))
        {
            errors.Add($"Report '{Id}' has symptom 'other' but no text saying what was noticed.");
        }

        if (SymptomText is { Length: > MaxSymptomTextLength })
        {
            errors.Add($"Report '{Id}' has a symptom text of {SymptomText.Length} characters; at most {MaxSymptomTextLength}.");
        }

        if (!Enum.IsDefined(Channel))
        {
            errors.Add($"Report '{Id}' has unknown channel {(int)Channel}.");
        }

        if (string.IsNullOrWhiteSpace(TakenBy))
        {
            errors.Add($"Report '{Id}' does not say who took it.");
        }

        if (ReportedAtUtc == default)
        {
            errors.Add($"Report '{Id}' has no time.");
        }

        return errors;
    }
}
