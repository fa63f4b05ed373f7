using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Notices;

/// <summary>One customer's advance notice: where it goes, when, and what it says.</summary>
/// <param name="IdempotencyKey">Stable for the same case, customer, work kind and window start: the outbox sends a key once.</param>
/// <param name="Channel">The channel used: the preferred one when the customer can be reached there, else the first of <see cref="Customer.Channels"/>.</param>
/// <param name="Recipient">Phone number (SMS, phone) or e-mail address; null for a visit.</param>
/// <param name="Language">"en" or "zh-CN": the language of <see cref="Text"/>.</param>
/// <param name="SendAtUtc">When the notice goes out: the window start less the lead time, or planning time when short notice.</param>
/// <param name="ShortNotice">Why the notice goes out at once; <see cref="ShortNoticeReason.None"/> when on time.</param>
public sealed record PlannedNotice(
    string IdempotencyKey,
    string Account,
    string CustomerName,
    ContactChannel Channel,
    ContactChannel PreferredChannel,
    string? Recipient,
    string Language,
    DateTimeOffset SendAtUtc,
    ShortNoticeReason ShortNotice,
    NoticeText Text)
{
    /// <summary>True when the customer's preferred channel had no contact on file and another was used.</summary>
    public bool FellBack => Channel != PreferredChannel;
}
