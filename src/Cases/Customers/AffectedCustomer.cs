namespace DroneInspect.Cases.Customers;

/// <summary>A customer a finding may affect, and why, in words a case can show.</summary>
/// <param name="Transformer">The transformer through which the finding reaches the customer; null for a finding on the customer's own meter.</param>
/// <param name="Path">How the finding's asset leads to the customer, e.g. "P-F3-04 is upstream of transformer T-F3-05 on feeder F3".</param>
public sealed record AffectedCustomer(Customer Customer, string? Transformer, string Path);
