using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Requests;

/// <summary>A report tied to the supply path it is about.</summary>
/// <param name="ReporterKey">Counts reporters: the account, or the report id for a non-customer.</param>
/// <param name="Customer">The reporting customer; null for a member of the public.</param>
public sealed record PlacedReport(CustomerReport Report, SupplyPath Path, string ReporterKey, Customer? Customer);
