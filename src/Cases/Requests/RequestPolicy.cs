namespace DroneInspect.Cases.Requests;

/// <summary>
/// The utility's rules for turning reports into requests; defaults are a starting point to be set by the service
/// team. Priorities per symptom: burning smell and a sparking meter box are urgent (fire risk), an outage high, flicker
/// and noise normal, anything else low.
/// </summary>
/// <param name="UrgentDue">Time from the report to the inspection for an urgent request.</param>
/// <param name="EscalationReporters">Distinct reporters on one transformer that raise its request one step (several
/// customers noticing the same supply is a strong signal).</param>
/// <param name="MaxLocationDistanceMeters">How far from a report's location its nearest transformer may be when the
/// reporter is not a customer.</param>
public sealed record RequestPolicy(
    TimeSpan UrgentDue,
    TimeSpan HighDue,
    TimeSpan NormalDue,
    TimeSpan LowDue,
    int EscalationReporters,
    double MaxLocationDistanceMeters)
{
    /// <summary>Urgent 4 h, high 24 h, normal 3 days, low 14 days; three reporters escalate; 150 m from a location.</summary>
    public static RequestPolicy Default { get; } =
        new(TimeSpan.FromHours(4), TimeSpan.FromHours(24), TimeSpan.FromDays(3), TimeSpan.FromDays(14), 3, 150);

    /// <summary>The time allowed from a report to the inspection at this priority.</summary>
    public TimeSpan DueAfter(RequestPriority priority) => priority switch
    {
        RequestPriority.Urgent => UrgentDue,
        RequestPriority.High => HighDue,
        RequestPriority.Normal => NormalDue,
        _ => LowDue,
    };

    /// <summary>The priority a single report of this symptom gives its request.</summary>
    public static RequestPriority PriorityOf(ReportSymptom symptom) => symptom switch
    {
        ReportSymptom.BurningSmell or ReportSymptom.SparkingMeterBox => RequestPriority.Urgent,
        ReportSymptom.Outage => RequestPriority.High,
        ReportSymptom.Flicker or ReportSymptom.Noise => RequestPriority.Normal,
        _ => RequestPriority.Low,
    };
}
