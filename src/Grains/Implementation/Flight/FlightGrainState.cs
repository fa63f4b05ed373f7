using DroneInspect.Grains.Abstractions;

namespace DroneInspect.Grains.Flight;

/// <summary>A flight's stored progress: the request, its captures, intake problems and the merged findings.</summary>
/// <param name="Inventoried">True once the folder was scanned and paired, so a resumed flight does not rescan.</param>
/// <param name="Problems">Flight-level and intake problems (per-capture reasons live in <see cref="Captures"/>).</param>
[GenerateSerializer, Immutable]
public sealed record class FlightGrainState(
    [property: Id(0)] FlightRequest? Request,
    [property: Id(1)] FlightState State,
    [property: Id(2)] bool Inventoried,
    [property: Id(3)] IReadOnlyList<CaptureRecord> Captures,
    [property: Id(4)] IReadOnlyList<string> Problems,
    [property: Id(5)] IReadOnlyList<Finding> Findings,
    [property: Id(6)] DateTimeOffset? StartedUtc,
    [property: Id(7)] DateTimeOffset? CompletedUtc)
{
    public FlightGrainState()
        : this(null, FlightState.NotStarted, false, [], [], [], null, null)
    {
    }

    /// <summary>
    /// What the asset network's file said when this run loaded it (features dropped, counted per reason). Replaced on
    /// every load, so a resumed flight does not list them twice.
    /// </summary>
    [Id(8)]
    public IReadOnlyList<string> NetworkProblems { get; init; } = [];

    /// <summary>
    /// The findings of the last run that produced any, kept while the flight runs again so that its findings keep their
    /// ids (<see cref="DroneInspect.Grains.Findings.FindingIdentity"/>): reviews and links stay attached across reruns and merges.
    /// </summary>
    [Id(9)]
    public IReadOnlyList<Finding> PriorFindings { get; init; } = [];

    /// <summary>Every flight-level problem: the network's first, then intake, outputs and placement problems.</summary>
    public IReadOnlyList<string> AllProblems => [.. NetworkProblems, .. Problems];
}
