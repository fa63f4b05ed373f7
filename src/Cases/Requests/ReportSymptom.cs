namespace DroneInspect.Cases.Requests;

/// <summary>What the customer noticed; decides which assets of their supply are looked at first, and how soon.</summary>
public enum ReportSymptom
{
    /// <summary>Lights flicker or dim: a loose or hot connection on the transformer or upstream on the feeder.</summary>
    Flicker,

    /// <summary>No supply: anything on the supply path may be at fault.</summary>
    Outage,

    /// <summary>A burning smell near the meter or transformer: a fire risk, urgent.</summary>
    BurningSmell,

    /// <summary>Sparks or arcing at the meter box: a fire and shock risk, urgent.</summary>
    SparkingMeterBox,

    /// <summary>Humming, buzzing or crackling from the transformer or the pole.</summary>
    Noise,

    /// <summary>Anything else; the report's symptom text says what.</summary>
    Other,
}
