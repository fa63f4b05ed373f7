namespace DroneInspect.Cases.Notices.Templates;

/// <summary>
/// Which keys a template file has, and which placeholders each may use. A key ending in ".*" is a family the utility may
/// extend (a new component word, a new visual label); every other key must be present.
/// </summary>
public static class NoticeTemplateKeys
{
    private static readonly string[] Message =
    [
        "utility", "customerName", "finding", "it", "work", "workNoun", "urgency", "window", "windowShort", "date", "dateShort",
        "duration", "outageLine", "outageSentence", "shortNotice", "hotline", "signature", "leadTime",
    ];

    private static readonly string[] Date = ["weekday", "weekdayShort", "day", "month", "monthName", "monthShort", "year"];
    private static readonly string[] Lead = ["leadTime", "leadTimeAdjective"];
    private static readonly string[] N = ["n"];

    private static readonly Dictionary<string, string[]> Fixed = new(StringComparer.Ordinal)
    {
        ["sms"] = Message,
        ["email.subject"] = Message,
        ["email.body"] = Message,
        ["phone.script"] = Message,
        ["work.repair"] = [], ["work.inspection"] = [], ["workNoun.repair"] = [], ["workNoun.inspection"] = [],
        ["urgency.planned"] = [], ["urgency.urgent"] = [],
        ["finding.thermal"] = ["component", "asset"],
        ["finding.visual"] = ["label", "component", "asset"],
        ["finding.other"] = ["component", "asset"],
        ["finding.one"] = ["finding"], ["finding.many"] = ["findings"],
        ["finding.it.one"] = [], ["finding.it.many"] = [], ["finding.separator"] = [], ["finding.lastSeparator"] = [],
        ["asset"] = ["kind", "id"], ["asset.unknown"] = [],
        ["component.fallback"] = [], ["assetKind.fallback"] = [], ["label.fallback"] = [],
        ["outage.line.yes"] = ["outageDuration"], ["outage.line.no"] = [],
        ["outage.sentence.yes"] = ["outageDuration"], ["outage.sentence.no"] = [],
        ["shortNotice.critical"] = Lead, ["shortNotice.late"] = Lead,
        ["reason.critical"] = Lead, ["reason.late"] = Lead,
        ["date.long"] = Date, ["date.short"] = Date,
        ["window"] = ["date", "start", "end", "zone"],
        ["window.acrossDays"] = ["date", "start", "endDate", "end", "zone"],
        ["window.sms"] = ["date", "start", "end", "zone"],
        ["window.sms.acrossDays"] = ["date", "start", "endDate", "end", "zone"],
        ["moment"] = ["date", "time", "zone"],
        ["duration.minute"] = [], ["duration.minutes"] = N, ["duration.hour"] = [], ["duration.hours"] = N,
        ["duration.hoursMinutes"] = ["hours", "minutes"], ["duration.day"] = [], ["duration.days"] = N,
        ["adjective.days"] = N, ["adjective.hours"] = N,
        ["need.continuousSupply"] = [], ["need.medicalEquipment"] = [], ["need.separator"] = [],
        ["task.supplyFlag"] = ["customerName", "account", "need", "outageDuration", "window"],
        ["task.phoneCall"] = ["customerName", "account", "phone", "due"],
        ["task.visit"] = ["customerName", "account", "due"],
        ["problem.late"] = ["leadTime", "leadTimeAdjective", "noticeGiven", "earliest"],
        ["problem.started"] = ["window"],
        ["problem.noCustomers"] = [],
        ["preview.title"] = ["caseId", "workNoun", "window"],
        ["preview.sendAt"] = ["moment"], ["preview.onTime"] = ["leadTime"], ["preview.why"] = ["why"],
        ["preview.notices"] = [], ["preview.notice"] = ["customerName", "account", "channel", "recipient"],
        ["preview.fellBack"] = ["preferred"], ["preview.smsParts"] = ["parts"], ["preview.subject"] = ["subject"],
        ["preview.tasks"] = [], ["preview.problems"] = [], ["preview.none"] = [], ["preview.noRecipient"] = [],
        ["channel.sms"] = [], ["channel.email"] = [], ["channel.phone"] = [], ["channel.visit"] = [],
    };

    private static readonly string[] Families = ["component.", "assetKind.", "label."];

    /// <summary>Every key a template file must have.</summary>
    public static IEnumerable<string> Required =>
        Fixed.Keys
            .Concat(Enumerable.Range(0, 7).SelectMany(d => new[] { $"weekday.{d}", $"weekdayShort.{d}" }))
            .Concat(Enumerable.Range(1, 12).SelectMany(m => new[] { $"month.{m}", $"monthShort.{m}" }));

    /// <summary>The placeholders <paramref name="key"/> may use; null when the key is not one the code reads (a typo).</summary>
    public static IReadOnlyCollection<string>? AllowedPlaceholders(string key)
    {
        if (Fixed.TryGetValue(key, out var fixedNames)) return fixedNames;
        if (Families.Any(f => key.StartsWith(f, StringComparison.Ordinal) && key.Length > f.Length)) return [];
        return Required.Contains(key, StringComparer.Ordinal) ? [] : null;
    }
}
