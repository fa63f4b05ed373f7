namespace DroneInspect.Cli.Tests.Support;

/// <summary>
/// Tests that run a whole flight through an embedded silo (`analyze`, `upload`): they run one at a time. Their ports no
/// longer clash (each silo picks free ones), but two flights at once on two cores make each slower than twice as long.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DefaultSiloPortsCollection
{
    public const string Name = "default silo ports";
}
