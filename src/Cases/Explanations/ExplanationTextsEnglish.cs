using DroneInspect.Cases.Findings;

namespace DroneInspect.Cases.Explanations;

/// <summary>The English wording of a results explanation, as a service desk writes to customers.</summary>
internal static class ExplanationTextsEnglish
{
    public static ExplanationTexts Texts { get; } = new(
        Language: "en",
        Title: "Your inspection results",
        GreetingFormatName: "Dear {0},",
        IntroFormatCaseIdDate: "We inspected the power line equipment that supplies you. This letter explains what we found, what we did about it and what you can do. Case {0}, inspected {1}.",
        FoundHeading: "What we found",
        WhyHeading: "Why it matters",
        EvidenceHeading: "What we saw",
        ThermalCaption: "Thermal image: brighter colours are hotter",
        VisualCaption: "Photo of the same spot",
        NoEvidence: "No images were kept for this finding.",
        ChartHeading: "Temperatures",
        ChartHotSpot: "Hot spot",
        ChartReference: "Reference",
        ChartAmbient: "Air",
        ChartAxisCelsius: "Temperature (°C)",
        ChartAxisCounts: "Camera reading (counts, not °C)",
        ChartHistoryTitle: "Hot spot at each inspection",
        GradeHeading: "How serious it is",
        GradeFormatLevelStandard: "Grade: {0} (standard {1})",
        RuleFormatIdCitation: "Rule {0}: {1}",
        UrgencyFormat: "Urgency: {0}",
        WorkHeading: "What we did",
        NoWorkRecorded: "The work record for this case is not complete yet; we will tell you when the repair is done.",
        AdviceHeading: "What you can do",
        MeasurementHeading: "How we measured",
        MeasuredWithFormatCamera: "Camera: {0}",
        MeasuredOnFormatDate: "Captured: {0}",
        HotSpotFormatValue: "Hottest point: {0}",
        ReferenceFormatValueSource: "Compared with: {0} ({1})",
        AmbientFormatValueSource: "Air temperature: {0} ({1})",
        DifferenceFormatKelvinPercent: "Difference: {0} K, {1} % of the rise above the air",
        CameraAccuracy: "Thermal cameras of this kind measure to within about ±2 to ±5 °C; the grade rests on differences, which are more reliable than single readings.",
        CountsNote: "This camera gave raw readings (counts) without a temperature calibration. The numbers compare spots within the same image; they are not temperatures.",
        HistoryHeading: "Earlier inspections of this equipment",
        HistoryFormatDateValueGrade: "{0}: hottest point {1}, grade {2}",
        FirstInspection: "This is the first inspection of this equipment on record.",
        ContactLine: "Questions? Call our 24-hour service hotline, quoting your case number.",
        CountsUnit: "counts",
        GradeNames: new Dictionary<string, string>
        {
            ["none"] = "no defect",
            ["normal"] = "normal",
            ["general"] = "general defect",
            ["serious"] = "serious defect",
            ["critical"] = "critical defect",
            ["possible-deficiency"] = "possible deficiency",
            ["probable-deficiency"] = "probable deficiency",
            ["monitor"] = "to be monitored",
            ["major-discrepancy"] = "major discrepancy",
        },
        ReferenceSources: new Dictionary<string, string>
        {
            ["similar-component"] = "a similar part under the same load",
            ["surroundings"] = "the surroundings of the part",
            ["ambient"] = "the air",
            ["scene-median"] = "the typical level of the whole image",
            ["weather"] = "weather record",
            ["capture"] = "camera record",
        },
        Urgencies: new Dictionary<CaseUrgency, string>
        {
            [CaseUrgency.Minor] = "check again at the next routine inspection",
            [CaseUrgency.General] = "repair planned",
            [CaseUrgency.Serious] = "repair soon",
            [CaseUrgency.Critical] = "repair at once",
        });
}
