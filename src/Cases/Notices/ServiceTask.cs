namespace DroneInspect.Cases.Notices;

/// <summary>What the service team must do by hand for one customer because of a special need.</summary>
public enum ServiceTaskKind
{
    /// <summary>A customer who cannot lose supply (continuous supply, medical equipment) faces a planned outage: reschedule, arrange temporary supply or plan live-line work.</summary>
    SupplyFlag,

    /// <summary>An elderly customer gets a call (or a visit when no phone is on file) in plain words, besides the written notice.</summary>
    PhoneCall,
}

/// <summary>A task for the service team, written for the desk in the plan's language.</summary>
/// <param name="IdempotencyKey">Stable per case, customer, task kind and window start.</param>
/// <param name="DueUtc">When it must be done: with the notice, so the customer hears before the window.</param>
/// <param name="Description">What to do, naming the customer and the window.</param>
/// <param name="Script">For a call, what to say, in the customer's language; null otherwise.</param>
public sealed record ServiceTask(
    string IdempotencyKey,
    ServiceTaskKind Kind,
    string Account,
    string CustomerName,
    DateTimeOffset DueUtc,
    string Description,
    string? Script);
