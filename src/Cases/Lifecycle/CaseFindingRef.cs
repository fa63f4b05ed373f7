namespace DroneInspect.Cases.Lifecycle;

/// <summary>One finding a case is about: finding ids are unique within their flight, so the flight is part of the reference.</summary>
public sealed record CaseFindingRef(string FlightId, string FindingId)
{
    /// <summary>"flightId/findingId", the same key the finding's review uses.</summary>
    public override string ToString() => $"{FlightId}/{FindingId}";
}
