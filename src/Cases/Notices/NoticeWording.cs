using System.Globalization;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Notices.Templates;
using DroneInspect.Cases.Planning;

namespace DroneInspect.Cases.Notices;

/// <summary>
/// The facts of a notice in one language's words: local dates and times in the utility's zone, durations, the finding
/// in plain words. No numbers reach a customer except dates, times, durations and asset ids.
/// </summary>
public sealed class NoticeWording(NoticeTemplates templates, NoticeOptions options)
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public NoticeTemplates Templates => templates;

    /// <summary>
    /// E.g. "Thursday 10 December 2026, 09:00–12:00 (Beijing time)"; <paramref name="sms"/> for the short date and the
    /// SMS's own pattern (English SMS keeps to GSM characters: one en dash makes the whole text UCS-2, 70 a message).
    /// </summary>
    public string Window(WorkWindow window, bool sms = false)
    {
        var start = Local(window.StartUtc);
        var end = Local(window.EndUtc);
        var key = sms ? "window.sms" : "window";
        var values = new Dictionary<string, string>
        {
            ["date"] = Date(start, sms), ["start"] = Time(start), ["end"] = Time(end), ["zone"] = Zone(window.StartUtc),
        };
        if (start.Date == end.Date) return templates.Render(key, values);
        values["endDate"] = Date(end, sms);
        return templates.Render($"{key}.acrossDays", values);
    }

    /// <summary>A point in time, e.g. "Monday 7 December 2026, 09:00 (Beijing time)".</summary>
    public string Moment(DateTimeOffset utc)
    {
        var local = Local(utc);
        return templates.Render("moment", new Dictionary<string, string> { ["date"] = Date(local, shortDate: false), ["time"] = Time(local), ["zone"] = Zone(utc) });
    }

    /// <summary>The date in the utility's zone, e.g. "Thu 10 Dec 2026" / "2026年12月10日".</summary>
    public string Date(DateTimeOffset local, bool shortDate) =>
        templates.Render(shortDate ? "date.short" : "date.long", new Dictionary<string, string>
        {
            ["weekday"] = templates.Text($"weekday.{(int)local.DayOfWeek}"),
            ["weekdayShort"] = templates.Text($"weekdayShort.{(int)local.DayOfWeek}"),
            ["day"] = Number(local.Day),
            ["month"] = Number(local.Month),
            ["monthName"] = templates.Text($"month.{local.Month}"),
            ["monthShort"] = templates.Text($"monthShort.{local.Month}"),
            ["year"] = Number(local.Year),
        });

    /// <summary>E.g. "3 hours", "1 hour 30 minutes", "3 days" / "约" is the template's to add. Rounded to whole minutes.</summary>
    public string Duration(TimeSpan duration)
    {
        var minutes = (long)Math.Round(duration.TotalMinutes, MidpointRounding.AwayFromZero);
        if (minutes >= MinutesPerDay && minutes % MinutesPerDay == 0) return Count("duration.day", "duration.days", minutes / MinutesPerDay);
        var hours = minutes / 60;
        var rest = minutes % 60;
        if (hours == 0) return Count("duration.minute", "duration.minutes", rest);
        var hourText = Count("duration.hour", "duration.hours", hours);
        if (rest == 0) return hourText;
        return templates.Render("duration.hoursMinutes", new Dictionary<string, string>
        {
            ["hours"] = hourText, ["minutes"] = Count("duration.minute", "duration.minutes", rest),
        });
    }

    /// <summary>The lead time as an adjective, e.g. "3-day" / "3天"; whole hours when it is not whole days.</summary>
    public string LeadTimeAdjective(TimeSpan lead) =>
        lead.Ticks % TimeSpan.TicksPerDay == 0 && lead > TimeSpan.Zero
            ? templates.Render("adjective.days", new Dictionary<string, string> { ["n"] = Number((long)lead.TotalDays) })
            : templates.Render("adjective.hours", new Dictionary<string, string> { ["n"] = Number((long)Math.Round(lead.TotalHours)) });

    /// <summary>Whether and how long supply is cut: a table line ("Yes, ... about 2 hours") or a sentence without its full stop.</summary>
    public string Outage(WorkWindow window, bool sentence)
    {
        var prefix = sentence ? "outage.sentence" : "outage.line";
        if (!window.PlannedOutage) return templates.Text($"{prefix}.no");
        return templates.Render($"{prefix}.yes", new Dictionary<string, string> { ["outageDuration"] = Duration(OutageLength(window)) });
    }

    /// <summary>How long supply is cut: the stated length, or the whole window when a planned outage has none.</summary>
    public static TimeSpan OutageLength(WorkWindow window) => window.OutageDuration ?? window.Duration;

    /// <summary>What was found, in plain words, most urgent first: "an overheating clamp on pole P-F3-04, which supplies your address".</summary>
    public string Findings(IReadOnlyList<CaseFinding> findings)
    {
        var phrases = Phrases(findings);
        if (phrases.Count == 1) return templates.Render("finding.one", new Dictionary<string, string> { ["finding"] = phrases[0] });
        var list = string.Join(templates.Text("finding.separator"), phrases[..^1]) + templates.Text("finding.lastSeparator") + phrases[^1];
        return templates.Render("finding.many", new Dictionary<string, string> { ["findings"] = list });
    }

    /// <summary>"it" or "them" for what <see cref="Findings"/> named (one phrase or several).</summary>
    public string Pronoun(IReadOnlyList<CaseFinding> findings) => templates.Text(Phrases(findings).Count == 1 ? "finding.it.one" : "finding.it.many");

    private List<string> Phrases(IReadOnlyList<CaseFinding> findings) => findings.OrderByDescending(f => f.Urgency).Select(Finding).Distinct().ToList();

    /// <summary>The words for "work" in templates' placeholders {work} and {workNoun}.</summary>
    public string Work(WorkKind kind, bool noun) => templates.Text($"{(noun ? "workNoun" : "work")}.{(kind == WorkKind.Repair ? "repair" : "inspection")}");

    /// <summary>A template's text with its placeholders filled from <paramref name="values"/>, or one without placeholders.</summary>
    public string Render(string key, IReadOnlyDictionary<string, string>? values = null) => templates.Render(key, values ?? None);

    private string Finding(CaseFinding finding)
    {
        var values = new Dictionary<string, string>
        {
            ["component"] = templates.Word("component", ComponentName(finding.Component)),
            ["asset"] = finding.AssetId is null
                ? templates.Text("asset.unknown")
                : templates.Render("asset", new Dictionary<string, string> { ["kind"] = templates.Word("assetKind", finding.AssetKind), ["id"] = finding.AssetId }),
        };
        if (finding.Kind == "thermal") return templates.Render("finding.thermal", values);
        if (finding.Kind == "visual" && finding.Label is not null)
        {
            values["label"] = templates.Word("label", finding.Label);
            return templates.Render("finding.visual", values);
        }
        return templates.Render("finding.other", values);
    }

    /// <summary>"attachment/B" names the phase too; the customer needs only "attachment".</summary>
    private static string? ComponentName(string? component) => component?.Split('/')[0];

    private string Count(string oneKey, string manyKey, long n) =>
        n == 1 ? templates.Text(oneKey) : templates.Render(manyKey, new Dictionary<string, string> { ["n"] = Number(n) });

    private DateTimeOffset Local(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, options.TimeZone);

    private string Zone(DateTimeOffset utc)
    {
        var name = options.TimeZoneName?.For(templates.Language);
        if (!string.IsNullOrWhiteSpace(name)) return name;
        var offset = options.TimeZone.GetUtcOffset(utc);
        return $"UTC{(offset < TimeSpan.Zero ? '-' : '+')}{offset:hh\\:mm}";
    }

    private static string Time(DateTimeOffset local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    private const long MinutesPerDay = 24 * 60;
}
