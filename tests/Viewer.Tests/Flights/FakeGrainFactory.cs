using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Viewer.Tests.Flights;

/// <summary>Hands out in-memory catalog and flight grains; records which flight grains were asked for.</summary>
internal sealed class FakeGrainFactory : IGrainFactory
{
    private readonly Catalog _catalog = new();
    private readonly Dictionary<string, FlightStatus> _flights = new(StringComparer.Ordinal);

    public List<string> FlightGrainsRequested { get; } = [];

    public void AddFlight(string id, FlightState state)
    {
        _flights[id] = new FlightStatus(id, state, 1, 1, 0, [], 0);
        _catalog.Ids.Add(id);
    }

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithStringKey
    {
        FlightGrainsRequested.Add(primaryKey);
        return (TGrainInterface)(object)new Flight(_flights.GetValueOrDefault(primaryKey)
            ?? new FlightStatus(primaryKey, FlightState.NotStarted, 0, 0, 0, [], 0));
    }

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerKey =>
        primaryKey == 0 ? (TGrainInterface)(object)_catalog : throw new ArgumentException("The catalog is grain 0.");

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidKey => throw new NotSupportedException();

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidCompoundKey => throw new NotSupportedException();

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerCompoundKey => throw new NotSupportedException();

    public TGrainObserverInterface CreateObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver => throw new NotSupportedException();

    public void DeleteObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver => throw new NotSupportedException();

    public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey) => throw new NotSupportedException();

    public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey) => throw new NotSupportedException();

    public IGrain GetGrain(Type grainInterfaceType, string grainPrimaryKey) => throw new NotSupportedException();

    public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey, string keyExtension) => throw new NotSupportedException();

    public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey, string keyExtension) => throw new NotSupportedException();

    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId) where TGrainInterface : IAddressable => throw new NotSupportedException();

    public IAddressable GetGrain(GrainId grainId) => throw new NotSupportedException();

    public IAddressable GetGrain(Type interfaceType, IdSpan grainKey) => throw new NotSupportedException();

    public IAddressable GetGrain(Type interfaceType, IdSpan grainKey, string grainClassNamePrefix) => throw new NotSupportedException();

    public IAddressable GetGrain(GrainId grainId, GrainInterfaceType interfaceType) => throw new NotSupportedException();

    private sealed class Catalog : IFlightCatalogGrain
    {
        public List<string> Ids { get; } = [];

        public Task Register(string flightId)
        {
            Ids.Add(flightId);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<string>> ListFlights() => Task.FromResult<IReadOnlyList<string>>(Ids.ToList());
    }

    private sealed class Flight(FlightStatus status) : IFlightGrain
    {
        public Task<FlightStatus> Start(FlightRequest request) => Task.FromResult(status);

        public Task<FlightStatus> GetStatus() => Task.FromResult(status);

        public Task<IReadOnlyList<Finding>> GetFindings() => Task.FromResult<IReadOnlyList<Finding>>([]);

        public Task<IReadOnlyList<Finding>> RefreshReviews() => GetFindings();

        public Task<FlightRequest?> GetRequest() => Task.FromResult<FlightRequest?>(null);
    }
}
