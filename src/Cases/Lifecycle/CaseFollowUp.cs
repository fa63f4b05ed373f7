using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Lifecycle;

/// <summary>The latest follow-up on a case: the customer's rating (1-5), what they said, and how they were asked.</summary>
public sealed record CaseFollowUp(int Satisfaction, string? Remarks, ContactChannel Channel, string Who, DateTimeOffset AtUtc);
