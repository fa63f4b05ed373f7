namespace DroneInspect.Cases.Requests;

/// <summary>The next flights' targets, most urgent first, and the inputs that named no asset of the network.</summary>
public sealed record TargetList(IReadOnlyList<FlightTarget> Targets, IReadOnlyList<string> Problems);
