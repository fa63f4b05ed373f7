using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Notices;

/// <summary>How a utility sends advance notices: how early, who signs them, which line customers call, which clock they read.</summary>
public sealed record NoticeOptions
{
    /// <summary>The utility's practice: customers hear about work at least this long before the window starts.</summary>
    public TimeSpan LeadTime { get; init; } = TimeSpan.FromDays(3);

    /// <summary>The 24-hour service hotline printed in every notice, e.g. "95598".</summary>
    public required string HotlineNumber { get; init; }

    /// <summary>The utility's name as customers know it, e.g. "Riverside Power Supply Company" / "滨江供电公司".</summary>
    public required LocalizedText UtilityName { get; init; }

    /// <summary>The line that closes an e-mail or letter, e.g. "Customer Service Centre, Riverside Power" / "滨江供电公司客户服务中心".</summary>
    public required LocalizedText SenderSignature { get; init; }

    /// <summary>The utility's time zone; every time a customer reads is local time in this zone.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>What customers call that zone, e.g. "Beijing time" / "北京时间"; null to show the UTC offset only ("UTC+08:00").</summary>
    public LocalizedText? TimeZoneName { get; init; }

    /// <summary>The language the service desk reads plans, tasks and problems in ("en" or "zh-CN").</summary>
    public string ServiceDeskLanguage { get; init; } = CaseLanguages.English;

    /// <summary>The options' own invariants; an error names the option.</summary>
    public void Validate()
    {
        if (LeadTime < TimeSpan.Zero) throw new ArgumentException($"LeadTime must not be negative (got {LeadTime}).", nameof(LeadTime));
        if (string.IsNullOrWhiteSpace(HotlineNumber)) throw new ArgumentException("HotlineNumber is required: every notice gives the 24-hour hotline.", nameof(HotlineNumber));
        if (string.IsNullOrWhiteSpace(UtilityName.English) || string.IsNullOrWhiteSpace(UtilityName.Chinese))
            throw new ArgumentException("UtilityName needs an English and a Chinese name.", nameof(UtilityName));
        if (CaseLanguages.Normalize(ServiceDeskLanguage) is null)
            throw new ArgumentException($"ServiceDeskLanguage \"{ServiceDeskLanguage}\" is not one of {string.Join(", ", CaseLanguages.All)}.", nameof(ServiceDeskLanguage));
    }
}
