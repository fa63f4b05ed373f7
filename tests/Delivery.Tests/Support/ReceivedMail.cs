namespace DroneInspect.Delivery.Tests.Support;

/// <summary>One message as the test SMTP server stored it, parsed back with MimeKit.</summary>
public sealed record ReceivedMail(string? MessageId, IReadOnlyList<string> EnvelopeTo, string? Subject, string? TextBody, string? HtmlBody, string FromAddress, string? FromName);
