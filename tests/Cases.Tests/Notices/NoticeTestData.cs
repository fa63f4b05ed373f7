using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Notices;
using DroneInspect.Cases.Planning;

namespace DroneInspect.Cases.Tests.Notices;

/// <summary>A serious hot clamp on pole P-F3-04, repaired 09:00–12:00 Beijing time on 10 December 2026 with a 2-hour outage; planned on 1 December.</summary>
internal static class NoticeTestData
{
    public const string CaseId = "case-0007";

    public static readonly TimeZoneInfo Beijing =
        TimeZoneInfo.CreateCustomTimeZone("Test/Beijing", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    public static readonly DateTimeOffset WindowStartUtc = new(2026, 12, 10, 1, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset NowUtc = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public static NoticeOptions Options(TimeSpan? leadTime = null) => new()
    {
        LeadTime = leadTime ?? TimeSpan.FromDays(3),
        HotlineNumber = "95598",
        UtilityName = new LocalizedText("Riverside Power", "滨江供电公司"),
        SenderSignature = new LocalizedText("Customer Service Centre, Riverside Power", "滨江供电公司客户服务中心"),
        TimeZone = Beijing,
        TimeZoneName = new LocalizedText("Beijing time", "北京时间"),
    };

    public static WorkWindow Window(bool outage = true, WorkKind kind = WorkKind.Repair, DateTimeOffset? startUtc = null)
    {
        var start = startUtc ?? WindowStartUtc;
        return new WorkWindow(kind, start, start.AddHours(3), outage, outage ? TimeSpan.FromHours(2) : null);
    }

    public static CaseFinding HotClamp(CaseUrgency urgency = CaseUrgency.Serious) => new(
        "flight-1", "F-12", "thermal", "P-F3-04", "pole", "clamp/B", "serious", "DL/T 664-2016", "clamp-delta-t", "delta_t >= 80 %",
        urgency, 96.4, 31.2, "similar-component", 18.5, 65.2, 85.1, true, null, NowUtc, 116.39, 39.91, 3.5, ["DJI_0001_R.JPG"]);

    public static CaseFinding BirdNest() => HotClamp(CaseUrgency.General) with
    {
        FindingId = "F-13", Kind = "visual", AssetId = "T-22", AssetKind = "tower", Component = null, Label = "bird-nest",
        MaxTemperatureCelsius = null, ReferenceTemperatureCelsius = null, DeltaTKelvin = null, RelativeDifferencePercent = null,
    };

    public static Customer Household(string language = CaseLanguages.English, ContactChannel preferred = ContactChannel.Sms, CustomerNeeds needs = CustomerNeeds.None) =>
        new("100234", "Li Wei", CustomerType.Household, "+86 138 0013 8000", "li.wei@example.cn", preferred, language, needs, "TR-7", null);

    public static NoticePlan Plan(
        Customer customer, CaseUrgency urgency = CaseUrgency.Serious, WorkWindow? window = null, NoticeOptions? options = null, DateTimeOffset? nowUtc = null) =>
        new NoticePlanner(options ?? Options()).Plan(CaseId, [HotClamp(urgency)], window ?? Window(), [customer], nowUtc ?? NowUtc);
}
