namespace DroneInspect.Cases.Customers;

/// <summary>What kind of customer: advice and planning differ for each.</summary>
public enum CustomerType
{
    Household,
    Commercial,
    Industrial,

    /// <summary>Hospitals, water works, emergency services: supply they cannot lose.</summary>
    Critical,
}
