using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Notices.Templates;
using DroneInspect.Cases.Planning;

namespace DroneInspect.Cases.Notices;

/// <summary>
/// Plans a case's advance notices: one per affected customer on a channel they can be reached on, the lead time before
/// the window (at once, saying why, for critical defects or late windows), and the service team's tasks for customers
/// with special needs. Pure: the same inputs give the same plan, keys included.
/// </summary>
public sealed class NoticePlanner
{
    private readonly NoticeOptions _options;
    private readonly NoticeTemplateLibrary _templates;

    /// <param name="templates">The utility's templates; the shipped ones when null.</param>
    public NoticePlanner(NoticeOptions options, NoticeTemplateLibrary? templates = null)
    {
        options.Validate();
        _options = options;
        _templates = templates ?? NoticeTemplateLibrary.Shipped;
    }

    /// <summary>The plan for one case's window.</summary>
    /// <param name="findings">The case's findings; at least one.</param>
    /// <param name="language">Writes every text in this language (a preview); null: each customer's own, and the desk's for the rest.</param>
    public NoticePlan Plan(
        string caseId, IReadOnlyList<CaseFinding> findings, WorkWindow window, IReadOnlyList<Customer> customers, DateTimeOffset nowUtc, string? language = null)
    {
        if (findings.Count == 0) throw new ArgumentException($"Case {caseId} has no findings: a notice must say what was found.", nameof(findings));
        if (window.EndUtc <= window.StartUtc) throw new ArgumentException($"The window of case {caseId} ends ({window.EndUtc:O}) before it starts ({window.StartUtc:O}).", nameof(window));

        var timing = NoticeTiming.For(findings, window, nowUtc, _options.LeadTime);
        var deskLanguage = CaseLanguages.Normalize(language) ?? CaseLanguages.Normalize(_options.ServiceDeskLanguage) ?? CaseLanguages.English;
        var desk = new NoticeWording(_templates.For(deskLanguage), _options);
        var composers = new Dictionary<string, NoticeComposer>();
        NoticeComposer ComposerFor(string lang) =>
            composers.TryGetValue(lang, out var c) ? c : composers[lang] = new NoticeComposer(new NoticeWording(_templates.For(lang), _options), _options, findings, window, timing.Reason);

        var notices = new List<PlannedNotice>();
        var tasks = new List<ServiceTask>();
        var taskDueUtc = timing.Reason == ShortNoticeReason.None ? timing.SendAtUtc : window.StartUtc;
        foreach (var customer in customers)
        {
            var customerLanguage = CaseLanguages.Normalize(language) ?? CaseLanguages.Normalize(customer.Language) ?? CaseLanguages.English;
            var composer = ComposerFor(customerLanguage);
            var channel = WrittenChannel(customer);
            notices.Add(new PlannedNotice(
                NoticeKeys.For(caseId, customer.Account, $"{KindWord(window)}-notice", window.StartUtc),
                customer.Account, customer.Name, channel, customer.PreferredChannel, Recipient(customer, channel), customerLanguage,
                timing.SendAtUtc, timing.Reason, composer.Compose(customer, channel)));
            tasks.AddRange(ServiceTasks.For(caseId, customer, window, taskDueUtc, desk, composer));
        }

        return new NoticePlan(caseId, window, timing.SendAtUtc, timing.Reason, Why(timing.Reason, desk), deskLanguage, notices, tasks,
            Problems(timing, window, customers, nowUtc, desk));
    }

    /// <summary>
    /// The preferred channel when the customer can be reached there, else the first of <see cref="Customer.Channels"/>.
    /// An elderly customer's call is a task of its own, so their written notice goes on the first written channel.
    /// </summary>
    private static ContactChannel WrittenChannel(Customer customer)
    {
        var channels = customer.Channels();
        return customer.Has(CustomerNeeds.Elderly) ? channels.First(c => c != ContactChannel.Phone) : channels[0];
    }

    private static string? Recipient(Customer customer, ContactChannel channel) => channel switch
    {
        ContactChannel.Sms or ContactChannel.Phone => customer.Phone,
        ContactChannel.Email => customer.Email,
        _ => null,
    };

    private static string KindWord(WorkWindow window) => window.Kind == WorkKind.Repair ? "repair" : "inspection";

    private string? Why(ShortNoticeReason reason, NoticeWording desk)
    {
        if (reason == ShortNoticeReason.None) return null;
        var lead = new Dictionary<string, string> { ["leadTime"] = desk.Duration(_options.LeadTime), ["leadTimeAdjective"] = desk.LeadTimeAdjective(_options.LeadTime) };
        return desk.Render(reason == ShortNoticeReason.Critical ? "reason.critical" : "reason.late", lead);
    }

    private List<NoticeProblem> Problems(NoticeTiming timing, WorkWindow window, IReadOnlyList<Customer> customers, DateTimeOffset nowUtc, NoticeWording desk)
    {
        var problems = new List<NoticeProblem>();
        if (window.StartUtc <= nowUtc)
            problems.Add(new(NoticeProblemKind.WindowAlreadyStarted, desk.Render("problem.started", new Dictionary<string, string> { ["window"] = desk.Window(window) })));
        else if (timing.Reason == ShortNoticeReason.Late)
            problems.Add(new(NoticeProblemKind.WindowInsideLeadTime, desk.Render("problem.late", new Dictionary<string, string>
            {
                ["leadTime"] = desk.Duration(_options.LeadTime),
                ["leadTimeAdjective"] = desk.LeadTimeAdjective(_options.LeadTime),
                ["noticeGiven"] = desk.Duration(window.StartUtc - nowUtc),
                ["earliest"] = desk.Moment(nowUtc + _options.LeadTime),
            })));
        if (customers.Count == 0) problems.Add(new(NoticeProblemKind.NoCustomers, desk.Render("problem.noCustomers")));
        return problems;
    }
}
