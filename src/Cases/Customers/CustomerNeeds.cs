namespace DroneInspect.Cases.Customers;

/// <summary>Special needs recorded for a customer (the customers file's flags column, e.g. "elderly;continuous-supply").</summary>
[Flags]
public enum CustomerNeeds
{
    None = 0,

    /// <summary>Gets a phone call as well as the written notice, in plain wording.</summary>
    Elderly = 1,

    /// <summary>Cannot lose supply: a planned outage is flagged for the service team (reschedule, temporary supply, live-line work).</summary>
    ContinuousSupply = 2,

    /// <summary>Medical equipment at home (oxygen concentrator, dialysis): treated as continuous supply, and named so.</summary>
    MedicalEquipment = 4,
}
