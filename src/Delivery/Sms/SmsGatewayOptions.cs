namespace DroneInspect.Delivery.Sms;

/// <summary>The HTTP SMS gateway ("Delivery:Sms").</summary>
public sealed class SmsGatewayOptions
{
    /// <summary>The URL messages are POSTed to as JSON {to, text, idempotencyKey, reference}.</summary>
    public string Url { get; set; } = "";

    /// <summary>Sent as "Authorization: Bearer ..." when set.</summary>
    public string? BearerToken { get; set; }
}
