namespace DroneInspect.Grains.Catalog;

/// <summary>The flight ids known to the catalog, in the order they were first registered.</summary>
[GenerateSerializer, Immutable]
public sealed record class FlightCatalogState([property: Id(0)] IReadOnlyList<string> FlightIds)
{
    public FlightCatalogState()
        : this([])
    {
    }
}
