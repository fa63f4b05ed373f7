using System.Text.RegularExpressions;
using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Planning;

namespace DroneInspect.Cases.Notices;

/// <summary>Writes one case's notice texts in one language: the SMS, the e-mail or letter, and the phone script.</summary>
public sealed partial class NoticeComposer
{
    private readonly NoticeWording _wording;
    private readonly Dictionary<string, string> _facts;

    /// <summary>Puts the case's facts into words once; each customer's text then only adds the name.</summary>
    public NoticeComposer(NoticeWording wording, NoticeOptions options, IReadOnlyList<CaseFinding> findings, WorkWindow window, ShortNoticeReason shortNotice)
    {
        _wording = wording;
        var language = wording.Templates.Language;
        var lead = new Dictionary<string, string> { ["leadTime"] = wording.Duration(options.LeadTime), ["leadTimeAdjective"] = wording.LeadTimeAdjective(options.LeadTime) };
        _facts = new Dictionary<string, string>(lead)
        {
            ["utility"] = options.UtilityName.For(language),
            ["signature"] = options.SenderSignature.For(language),
            ["hotline"] = options.HotlineNumber,
            ["finding"] = wording.Findings(findings),
            ["it"] = wording.Pronoun(findings),
            ["work"] = wording.Work(window.Kind, noun: false),
            ["workNoun"] = wording.Work(window.Kind, noun: true),
            ["urgency"] = wording.Render(shortNotice == ShortNoticeReason.Critical ? "urgency.urgent" : "urgency.planned"),
            ["window"] = wording.Window(window),
            ["windowShort"] = wording.Window(window, sms: true),
            ["date"] = wording.Date(TimeZoneInfo.ConvertTime(window.StartUtc, options.TimeZone), shortDate: false),
            ["dateShort"] = wording.Date(TimeZoneInfo.ConvertTime(window.StartUtc, options.TimeZone), shortDate: true),
            ["duration"] = wording.Duration(window.Duration),
            ["outageLine"] = wording.Outage(window, sentence: false),
            ["outageSentence"] = wording.Outage(window, sentence: true),
            ["shortNotice"] = shortNotice switch
            {
                ShortNoticeReason.Critical => wording.Render("shortNotice.critical", lead),
                ShortNoticeReason.Late => wording.Render("shortNotice.late", lead),
                _ => string.Empty,
            },
        };
    }

    /// <summary>The notice as sent on <paramref name="channel"/>: SMS text, e-mail, phone script, or a letter handed over on a visit.</summary>
    public NoticeText Compose(Customer customer, ContactChannel channel)
    {
        var values = new Dictionary<string, string>(_facts) { ["customerName"] = customer.Name };
        return channel switch
        {
            ContactChannel.Sms => Sms(values),
            ContactChannel.Phone => new NoticeText(null, Tidy(_wording.Render("phone.script", values)), 0),
            _ => new NoticeText(Tidy(_wording.Render("email.subject", values)), Tidy(_wording.Render("email.body", values)), 0),
        };
    }

    /// <summary>What the service desk says on the phone to <paramref name="customer"/>.</summary>
    public string PhoneScript(Customer customer) =>
        Tidy(_wording.Render("phone.script", new Dictionary<string, string>(_facts) { ["customerName"] = customer.Name }));

    private NoticeText Sms(Dictionary<string, string> values)
    {
        var body = Tidy(_wording.Render("sms", values));
        return new NoticeText(null, body, SmsSegments.Count(body));
    }

    /// <summary>An empty placeholder (no short-notice sentence) leaves doubled spaces or blank lines; close them up.</summary>
    private static string Tidy(string text)
    {
        var spaces = ExtraSpaces().Replace(text, " ");
        var lines = string.Join('\n', spaces.Split('\n').Select(l => l.Trim()));
        return BlankLines().Replace(lines, "\n\n").Trim();
    }

    [GeneratedRegex("[ \\t]{2,}")]
    private static partial Regex ExtraSpaces();

    [GeneratedRegex("\\n{3,}")]
    private static partial Regex BlankLines();
}
