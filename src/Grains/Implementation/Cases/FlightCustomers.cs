using DroneInspect.Cases.Customers;
using DroneInspect.Geo.Assets;

namespace DroneInspect.Grains.Cases;

/// <summary>
/// A flight's customers as its customers file lists them, checked against its asset network, with the network to walk
/// (null when it could not be read: customers are then matched by transformer and meter id alone) and every problem in
/// words (file-level problems, then each bad row with its line).
/// </summary>
public sealed record FlightCustomers(CustomerList List, AssetNetwork? Network, IReadOnlyList<string> Problems)
{
    public static FlightCustomers None { get; } = new(new CustomerList([], []), null, []);

    /// <summary>The customers a finding on <paramref name="assetId"/> affects, each with why (the path through the network).</summary>
    public IReadOnlyList<AffectedCustomer> Affected(string? assetId) => Network is null
        ? [.. AffectedCustomers.For(assetId, List.Customers).Select(c => new AffectedCustomer(c, c.Transformer, $"{c.Account} is listed on {assetId}"))]
        : AffectedCustomers.For(assetId, List.Customers, Network);

    /// <summary>The customer with <paramref name="account"/>; null when the file no longer lists it.</summary>
    public Customer? Find(string account) => List.Customers.FirstOrDefault(c => string.Equals(c.Account, account, StringComparison.Ordinal));
}
