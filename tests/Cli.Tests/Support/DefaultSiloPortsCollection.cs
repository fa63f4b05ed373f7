namespace DroneInspect.Cli.Tests.Support;

/// <summary>
/// Tests that run `analyze`, whose embedded silo takes the default ports (11111, 30000): they run one at a time, since
/// two silos on the same ports in one test process would clash.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DefaultSiloPortsCollection
{
    public const string Name = "default silo ports";
}
