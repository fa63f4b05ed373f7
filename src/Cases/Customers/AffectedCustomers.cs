namespace DroneInspect.Cases.Customers;

/// <summary>
/// Which customers a defect on an asset may affect. For now: those supplied by that asset as their service
/// transformer (the walk through the network, asset -> feeder -> transformer -> customers, comes later).
/// </summary>
public static class AffectedCustomers
{
    public static IReadOnlyList<Customer> For(string? assetId, IEnumerable<Customer> customers)
        => string.IsNullOrWhiteSpace(assetId)
            ? []
            : customers.Where(c => string.Equals(c.Transformer, assetId, StringComparison.OrdinalIgnoreCase)).ToList();
}
