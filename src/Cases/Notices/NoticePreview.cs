using System.Globalization;
using System.Text;
using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Notices.Templates;
using DroneInspect.Cases.Planning;

namespace DroneInspect.Cases.Notices;

/// <summary>
/// A plan as plain text for the service team (<c>droneinspect notices preview CASE_ID --lang zh-CN|en</c>): when the
/// notices go out and why, each notice as the customer will read it, the tasks and the planning problems.
/// </summary>
public sealed class NoticePreview(NoticeOptions options, NoticeTemplateLibrary? templates = null)
{
    private readonly NoticeTemplateLibrary _templates = templates ?? NoticeTemplateLibrary.Shipped;

    /// <summary>Plans the case with every text in <paramref name="language"/> ("en" or "zh-CN"; null: each customer's own) and renders it.</summary>
    public string Preview(
        string caseId, IReadOnlyList<CaseFinding> findings, WorkWindow window, IReadOnlyList<Customer> customers, DateTimeOffset nowUtc, string? language) =>
        Render(new NoticePlanner(options, _templates).Plan(caseId, findings, window, customers, nowUtc, language));

    /// <summary>The plan as text, headings in the plan's desk language.</summary>
    public string Render(NoticePlan plan)
    {
        var wording = new NoticeWording(_templates.For(plan.Language), options);
        var text = new StringBuilder();
        text.AppendLine(wording.Render("preview.title", new Dictionary<string, string>
        {
            ["caseId"] = plan.CaseId, ["workNoun"] = wording.Work(plan.Window.Kind, noun: true), ["window"] = wording.Window(plan.Window),
        }));
        text.AppendLine(wording.Render("preview.sendAt", new Dictionary<string, string> { ["moment"] = wording.Moment(plan.SendAtUtc) }));
        text.AppendLine(plan.Why is null
            ? wording.Render("preview.onTime", new Dictionary<string, string> { ["leadTime"] = wording.Duration(options.LeadTime) })
            : wording.Render("preview.why", new Dictionary<string, string> { ["why"] = plan.Why }));

        Section(text, wording, "preview.notices", plan.Notices, n => Notice(n, wording));
        Section(text, wording, "preview.tasks", plan.Tasks, t => t.Script is null ? t.Description : $"{t.Description}\n\n{t.Script}");
        Section(text, wording, "preview.problems", plan.Problems, p => p.Detail);
        return text.ToString().TrimEnd() + "\n";
    }

    private static string Notice(PlannedNotice notice, NoticeWording wording)
    {
        var head = new StringBuilder(wording.Render("preview.notice", new Dictionary<string, string>
        {
            ["customerName"] = notice.CustomerName,
            ["account"] = notice.Account,
            ["channel"] = Channel(notice.Channel, wording),
            ["recipient"] = notice.Recipient ?? wording.Render("preview.noRecipient"),
        }));
        if (notice.FellBack)
            head.Append(wording.Render("preview.fellBack", new Dictionary<string, string> { ["preferred"] = Channel(notice.PreferredChannel, wording) }));
        if (notice.Text.SmsParts > 1)
            head.Append(wording.Render("preview.smsParts", new Dictionary<string, string> { ["parts"] = notice.Text.SmsParts.ToString(CultureInfo.InvariantCulture) }));
        head.AppendLine();
        head.AppendLine(notice.IdempotencyKey);
        if (notice.Text.Subject is not null)
            head.AppendLine(wording.Render("preview.subject", new Dictionary<string, string> { ["subject"] = notice.Text.Subject }));
        head.AppendLine().Append(notice.Text.Body);
        return head.ToString();
    }

    private static string Channel(ContactChannel channel, NoticeWording wording) => wording.Render($"channel.{channel.ToString().ToLowerInvariant()}");

    /// <summary>CJK characters take two columns in a terminal; the underline matches the heading's width.</summary>
    private const char WideCharactersFrom = '\u2E80';

    private static void Section<T>(StringBuilder text, NoticeWording wording, string headingKey, IReadOnlyList<T> items, Func<T, string> render)
    {
        var heading = wording.Render(headingKey);
        text.AppendLine().AppendLine(heading).AppendLine(new string('=', heading.Sum(c => c >= WideCharactersFrom ? 2 : 1)));
        if (items.Count == 0) text.AppendLine(wording.Render("preview.none"));
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) text.AppendLine().AppendLine("---");
            text.AppendLine(render(items[i]));
        }
    }
}
