namespace DroneInspect.Cases.Requests;

/// <summary>The kebab-case names symptoms have in files and exports ("burning-smell").</summary>
public static class ReportSymptomNames
{
    public static string Name(this ReportSymptom symptom) => symptom switch
    {
        ReportSymptom.Flicker => "flicker",
        ReportSymptom.Outage => "outage",
        ReportSymptom.BurningSmell => "burning-smell",
        ReportSymptom.SparkingMeterBox => "sparking-meter-box",
        ReportSymptom.Noise => "noise",
        ReportSymptom.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(symptom), symptom, "Unknown symptom."),
    };
}
