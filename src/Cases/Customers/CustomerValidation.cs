using DroneInspect.Geo.Assets;

namespace DroneInspect.Cases.Customers;

/// <summary>Checks read customers against the asset network: an optional second step after <see cref="CustomerCsvReader"/>.</summary>
public static class CustomerValidation
{
    /// <summary>
    /// A new list without the customers whose transformer or meter the network does not hold (or holds as another kind
    /// of asset), or whose meter names no transformer when the row gives none: each becomes a problem on its row's line,
    /// naming the id. Without this check such a customer would silently never be notified of anything.
    /// </summary>
    public static CustomerList AgainstNetwork(CustomerList customers, AssetNetwork network)
    {
        var kept = new List<Customer>();
        var problems = new List<CustomerCsvProblem>(customers.Problems);
        foreach (var customer in customers.Customers)
        {
            var reasons = new List<string>();
            Check(network, customer.Transformer, AssetKind.Transformer, "transformer", reasons);
            Check(network, customer.Meter, AssetKind.Meter, "meter", reasons);
            if (reasons.Count == 0 && AffectedCustomers.SupplyingTransformer(customer, network) is null)
            {
                reasons.Add($"meter {customer.Meter} names no transformer in the asset network (attribute transformer), and the row gives none");
            }

            if (reasons.Count == 0)
            {
                kept.Add(customer);
            }
            else
            {
                problems.Add(new CustomerCsvProblem(customers.LineOf(customer.Account), string.Join("; ", reasons)));
            }
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var customer in kept)
        {
            lines.TryAdd(customer.Account, customers.LineOf(customer.Account));
        }

        return new CustomerList(kept, problems.OrderBy(p => p.LineNumber).ToList()) { LineNumbers = lines };
    }

    private static void Check(AssetNetwork network, string? id, AssetKind kind, string what, List<string> reasons)
    {
        if (id is null)
        {
            return;
        }

        var asset = network.FindById(id);
        if (asset is null)
        {
            reasons.Add($"{what} {id} is not in the asset network");
        }
        else if (asset.Kind != kind)
        {
            reasons.Add($"{id} is a {asset.Kind.ToString().ToLowerInvariant()} in the asset network, not a {what}");
        }
    }
}
