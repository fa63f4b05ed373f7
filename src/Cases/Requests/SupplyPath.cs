namespace DroneInspect.Cases.Requests;

/// <summary>
/// The assets that supply one customer, from their meter back to the feeder's source. Every id is in the network.
/// </summary>
/// <param name="MeterId">The customer's meter, when the network has it.</param>
/// <param name="TransformerId">The service transformer.</param>
/// <param name="MountId">The pole or tower the transformer is mounted on; null when the network does not say.</param>
/// <param name="SupportIdsFromSource">Supports of the feeder from its source up to and including <see cref="MountId"/>,
/// across branch lines; empty when the mount is on no line.</param>
/// <param name="LineIdsFromSource">The lines walked, trunk first, ending with the line that carries the mount.</param>
public sealed record SupplyPath(
    string? MeterId,
    string TransformerId,
    string? MountId,
    IReadOnlyList<string> SupportIdsFromSource,
    IReadOnlyList<string> LineIdsFromSource)
{
    /// <summary>The supports upstream of the mount, nearest first (the mount itself excluded).</summary>
    public IReadOnlyList<string> UpstreamSupportIdsNearestFirst =>
        SupportIdsFromSource.Reverse().Where(id => id != MountId).ToList();

    /// <summary>Every asset on the path, customer end first: meter, transformer, mount, supports nearest first, lines last.</summary>
    public IReadOnlyList<string> AllAssetIds =>
        new[] { MeterId, TransformerId, MountId }.OfType<string>()
            .Concat(UpstreamSupportIdsNearestFirst)
            .Concat(LineIdsFromSource.Reverse())
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
