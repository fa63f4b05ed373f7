using DroneInspect.Geo.Assets;

namespace DroneInspect.Cases.Customers;

/// <summary>
/// Which customers a finding on an asset may affect, following the network: a transformer's own customers; a meter's
/// customer; for a pole, tower or switchgear, the customers of every transformer downstream on its feeder; for a line,
/// those of every transformer of its feeder (see <see cref="FeederWalk"/> for how downstream is read). A customer listed
/// by meter only is supplied by the transformer its meter names in the network (meter attribute <c>transformer</c>).
/// </summary>
public static class AffectedCustomers
{
    /// <summary>
    /// Without a network: the customers whose transformer or meter is <paramref name="assetId"/> (ids compared ignoring
    /// case). A finding on a pole or a line reaches nobody this way; use the overload with the network.
    /// </summary>
    public static IReadOnlyList<Customer> For(string? assetId, IEnumerable<Customer> customers)
        => string.IsNullOrWhiteSpace(assetId)
            ? []
            : customers.Where(c => Same(c.Transformer, assetId) || Same(c.Meter, assetId)).ToList();

    /// <summary>
    /// The customers a finding on <paramref name="assetId"/> may affect in <paramref name="network"/>, each once (the
    /// first path found), in the order of <paramref name="customers"/>. An asset the network does not list reaches the
    /// customers whose row names it.
    /// </summary>
    public static IReadOnlyList<AffectedCustomer> For(string? assetId, IEnumerable<Customer> customers, AssetNetwork network)
    {
        if (string.IsNullOrWhiteSpace(assetId))
        {
            return [];
        }

        var list = customers.ToList();
        if (network.FindById(assetId) is not { } asset)
        {
            return For(assetId, list).Select(c => new AffectedCustomer(c, c.Transformer, $"the customer's row names {assetId}, which the asset network does not list")).ToList();
        }

        if (asset.Kind == AssetKind.Meter)
        {
            return list.Where(c => Same(c.Meter, asset.Id))
                .Select(c => new AffectedCustomer(c, null, $"{asset.Id} is the customer's meter")).ToList();
        }

        var paths = TransformerPaths(network, asset);
        var affected = new List<AffectedCustomer>();
        foreach (var customer in list)
        {
            var transformer = SupplyingTransformer(customer, network);
            var path = paths.FirstOrDefault(p => Same(p.Transformer, transformer));
            if (path.Transformer is not null)
            {
                affected.Add(new AffectedCustomer(customer, path.Transformer, path.Why));
            }
        }

        return affected;
    }

    /// <summary>
    /// The transformer that supplies <paramref name="customer"/>: the one its row names, else the one its meter names in
    /// the network; null when neither is known.
    /// </summary>
    public static string? SupplyingTransformer(Customer customer, AssetNetwork network) =>
        customer.Transformer
        ?? (customer.Meter is { } meter && network.FindById(meter) is { Kind: AssetKind.Meter } m
            && m.Attributes.TryGetValue("transformer", out var t) && !string.IsNullOrWhiteSpace(t) ? t.Trim() : null);

    private static List<(string Transformer, string Why)> TransformerPaths(AssetNetwork network, Asset asset) => asset.Kind switch
    {
        AssetKind.Transformer => [(asset.Id, $"{asset.Id} is the transformer that supplies the customer")],
        AssetKind.Pole or AssetKind.Tower => FeederWalk.DownstreamOfSupport(network, asset.Id)
            .Select(x => (x.Transformer.Id, Downstream(asset.Id, x.Transformer, x.Line))).ToList(),
        AssetKind.Switchgear when asset.MountedOn() is { } mount => FeederWalk.DownstreamOfSupport(network, mount)
            .Select(x => (x.Transformer.Id, $"switchgear {asset.Id} on {mount}: {Downstream(mount, x.Transformer, x.Line)}")).ToList(),
        AssetKind.Line => FeederWalk.OnLine(network, asset)
            .Select(x => (x.Transformer.Id, $"transformer {x.Transformer.Id} is on feeder {FeederWalk.FeederOf(asset)}, supplied through line {asset.Id}")).ToList(),
        _ => [],
    };

    private static string Downstream(string supportId, Asset transformer, Asset line) =>
        string.Equals(transformer.MountedOn(), supportId, StringComparison.Ordinal)
            ? $"transformer {transformer.Id} is mounted on {supportId} on feeder {FeederWalk.FeederOf(line)}"
            : $"{supportId} is upstream of transformer {transformer.Id} on feeder {FeederWalk.FeederOf(line)}";

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
