namespace DroneInspect.Delivery.Tests.Support;

/// <summary>One POST the test gateway received.</summary>
public sealed record GatewayPost(string? IdempotencyKeyHeader, string? Authorization, string To, string Text, string IdempotencyKey, string Reference, int AnsweredStatus);
