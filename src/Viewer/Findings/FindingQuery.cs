using System.Globalization;
using DroneInspect.Grains.Abstractions.Review;
using Microsoft.AspNetCore.Http;

namespace DroneInspect.Viewer.Findings;

/// <summary>
/// The filters of <c>GET /api/findings</c>, parsed from the query string: every bad parameter is named with what is
/// wrong (<see cref="TryParse"/>). Degrees WGS84; a date without a time means the whole day (UTC) for both bounds.
/// </summary>
public sealed record FindingQuery
{
    public const int DefaultPageSize = 100;

    public const int MaxPageSize = 5000;

    public static IReadOnlyList<string> Kinds { get; } = ["thermal", "visual"];

    public static IReadOnlyList<string> ReviewStates { get; } = [ReviewStatus.Unreviewed, ReviewStatus.Confirmed, ReviewStatus.Rejected];

    public BoundingBox? Box { get; init; }

    /// <summary>Headline grade levels to keep (case-insensitive); null keeps every level.</summary>
    public IReadOnlySet<string>? Grades { get; init; }

    public IReadOnlySet<string>? ReviewStatesWanted { get; init; }

    public string? Kind { get; init; }

    public string? FlightId { get; init; }

    /// <summary>Inclusive lower bound on the capture time; findings without a capture time are left out when set.</summary>
    public DateTimeOffset? FromUtc { get; init; }

    /// <summary>Exclusive upper bound on the capture time.</summary>
    public DateTimeOffset? ToUtc { get; init; }

    public int Page { get; init; } = 1;

    /// <summary><c>view=summary</c>: items without sightings, per-standard grades and captures (map markers and lists); <c>view=full</c>, the default, everything.</summary>
    public bool Summary { get; init; }

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Parses <paramref name="query"/>; on failure <paramref name="errors"/> names each bad parameter.</summary>
    public static bool TryParse(IQueryCollection query, out FindingQuery parsed, out Dictionary<string, string[]> errors)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Bad(string name, string why) => problems[name] = [why];
        string? One(string name)
        {
            var values = query[name];
            if (values.Count > 1)
            {
                Bad(name, $"'{name}' is given {values.Count} times; give it once.");
                return null;
            }

            return string.IsNullOrWhiteSpace(values.ToString()) ? null : values.ToString().Trim();
        }

        var result = new FindingQuery
        {
            Box = One("bbox") is { } bbox ? ParseBox(bbox, Bad) : null,
            Grades = One("grade") is { } grade ? ToSet(grade) : null,
            ReviewStatesWanted = One("review") is { } review ? Checked("review", ToSet(review), ReviewStates, Bad) : null,
            Kind = One("kind") is { } kind ? ParseKind(kind, Bad) : null,
            FlightId = One("flight"),
            FromUtc = One("from") is { } from ? ParseTime("from", from, endOfDay: false, Bad) : null,
            ToUtc = One("to") is { } to ? ParseTime("to", to, endOfDay: true, Bad) : null,
            Page = One("page") is { } page ? ParseInt("page", page, 1, int.MaxValue, 1, Bad) : 1,
            PageSize = One("pageSize") is { } size ? ParseInt("pageSize", size, 1, MaxPageSize, DefaultPageSize, Bad) : DefaultPageSize,
            Summary = One("view") is { } view && ParseView(view, Bad),
        };
        if (result.FromUtc is { } f && result.ToUtc is { } t && f >= t && !problems.ContainsKey("from") && !problems.ContainsKey("to"))
        {
            Bad("to", "'to' must be after 'from'.");
        }

        parsed = result;
        errors = problems;
        return problems.Count == 0;
    }

    private static BoundingBox? ParseBox(string text, Action<string, string> bad)
    {
        if (BoundingBox.TryParse(text, out var box, out var why))
        {
            return box;
        }

        bad("bbox", why!);
        return null;
    }

    private static string? ParseKind(string text, Action<string, string> bad)
    {
        if (Kinds.FirstOrDefault(k => string.Equals(k, text, StringComparison.OrdinalIgnoreCase)) is { } kind)
        {
            return kind;
        }

        bad("kind", $"'kind' must be thermal or visual (got '{text}').");
        return null;
    }

    private static HashSet<string> ToSet(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static HashSet<string>? Checked(string name, HashSet<string> values, IReadOnlyList<string> allowed, Action<string, string> bad)
    {
        var unknown = values.Where(v => !allowed.Contains(v, StringComparer.OrdinalIgnoreCase)).ToList();
        if (values.Count == 0 || unknown.Count > 0)
        {
            bad(name, $"'{name}' must be one or more of {string.Join(", ", allowed)} (got '{string.Join(",", unknown)}').");
            return null;
        }

        return values.Select(v => allowed.First(a => string.Equals(a, v, StringComparison.OrdinalIgnoreCase))).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static int ParseInt(string name, string text, int min, int max, int fallback, Action<string, string> bad)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        bad(name, $"'{name}' must be a whole number from {min} to {max} (got '{text}').");
        return fallback;
    }

    private static DateTimeOffset? ParseTime(string name, string text, bool endOfDay, Action<string, string> bad)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1) : start;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            && text.Contains('T', StringComparison.Ordinal))
        {
            return time;
        }

        bad(name, $"'{name}' must be an ISO 8601 date (2026-12-04) or time (2026-12-04T10:00:00Z) (got '{text}').");
        return null;
    }

    /// <summary>Whether <paramref name="finding"/> passes every filter but the caller's access.</summary>
    private static bool ParseView(string text, Action<string, string> bad)
    {
        if (text is "summary" or "full")
        {
            return text == "summary";
        }

        bad("view", $"'view' is 'summary' or 'full' (got '{text}').");
        return false;
    }

    public bool Matches(IndexedFinding finding)
    {
        var f = finding.Finding;
        return (Box is null || Box.Contains(f.LongitudeDegrees, f.LatitudeDegrees))
            && (Grades is null || Grades.Contains(f.Grade))
            && (ReviewStatesWanted is null || ReviewStatesWanted.Contains(f.Review.State))
            && (Kind is null || string.Equals(Kind, f.Kind, StringComparison.OrdinalIgnoreCase))
            && (FlightId is null || string.Equals(FlightId, finding.FlightId, StringComparison.Ordinal))
            && (FromUtc is null || f.CapturedAtUtc >= FromUtc)
            && (ToUtc is null || f.CapturedAtUtc < ToUtc);
    }
}
