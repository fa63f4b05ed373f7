namespace DroneInspect.Cases.Notices;

/// <summary>A rendered notice as the customer receives it.</summary>
/// <param name="Subject">The e-mail subject or letter heading; null for an SMS or a phone script.</param>
/// <param name="Body">Plain text, in the customer's language.</param>
/// <param name="SmsParts">How many SMS segments the body takes when sent by SMS (1 when it fits one message); 0 for other channels.</param>
public sealed record NoticeText(string? Subject, string Body, int SmsParts);
