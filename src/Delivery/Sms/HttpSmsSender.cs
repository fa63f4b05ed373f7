using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DroneInspect.Delivery.Dispatch;
using DroneInspect.Delivery.Outbox;

namespace DroneInspect.Delivery.Sms;

/// <summary>
/// Sends SMS through an HTTP gateway: 2xx is accepted, 408, 429 and 5xx are worth a retry (honouring Retry-After),
/// any other status is a permanent failure carrying the gateway's reason.
/// </summary>
/// <param name="http">The host's client (IHttpClientFactory); its Timeout bounds an attempt.</param>
public sealed class HttpSmsSender(HttpClient http, SmsGatewayOptions options, TimeProvider time) : IChannelSender
{
    private const int MaxReasonChars = 300;

    /// <inheritdoc />
    public DeliveryChannel Channel => DeliveryChannel.Sms;

    /// <inheritdoc />
    public async Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Url)
        {
            Content = JsonContent.Create(new SmsGatewayRequest(message.Recipient, message.BodyText, message.IdempotencyKey, message.CaseId)),
        };
        request.Headers.Add("Idempotency-Key", message.IdempotencyKey);
        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.BearerToken);
        }
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return SendResult.Transient($"Gateway unreachable ({ex.HttpRequestError}).");
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode) return SendResult.Accepted(GatewayMessageId(body));
            var reason = Reason(response, body);
            return IsWorthRetrying(response.StatusCode)
                ? SendResult.Transient(reason, RetryAfter(response))
                : SendResult.Permanent(reason);
        }
    }

    private static bool IsWorthRetrying(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    private static string Reason(HttpResponseMessage response, string body)
    {
        var detail = body.Length > MaxReasonChars ? body[..MaxReasonChars] : body;
        return $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {detail}".TrimEnd(' ', ':');
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };

    /// <summary>The gateway's "id" or "messageId" from a JSON answer; null when it gives none.</summary>
    private static string? GatewayMessageId(string body)
    {
        if (!body.TrimStart().StartsWith('{')) return null;
        try
        {
            using var json = JsonDocument.Parse(body);
            foreach (var name in (string[])["id", "messageId"])
            {
                if (json.RootElement.TryGetProperty(name, out var id) && id.ValueKind == JsonValueKind.String) return id.GetString();
            }
            return null;
        }
        catch (JsonException)
        {
            return null; // Accepted is decided by the status code; an unreadable body only costs the gateway's id.
        }
    }
}
