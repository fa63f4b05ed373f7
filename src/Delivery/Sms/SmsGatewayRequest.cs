using System.Text.Json.Serialization;

namespace DroneInspect.Delivery.Sms;

/// <summary>The JSON body POSTed to the gateway.</summary>
/// <param name="To">The customer's number as the customers file gives it.</param>
/// <param name="IdempotencyKey">Also sent as the Idempotency-Key header; a gateway that honours it sends a resend once.</param>
/// <param name="Reference">The case id, for the gateway's records and its delivery reports.</param>
public sealed record SmsGatewayRequest(
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("idempotencyKey")] string IdempotencyKey,
    [property: JsonPropertyName("reference")] string Reference);
