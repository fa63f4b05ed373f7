using System.Globalization;
using DroneInspect.Cases.Customers;

namespace DroneInspect.Cases.Explanations;

/// <summary>
/// The fixed wording of a results explanation in one language: headings, labels and the phrases around the numbers.
/// Format strings take their arguments in the order their names say.
/// </summary>
public sealed record ExplanationTexts(
    string Language,
    string Title,
    string GreetingFormatName,
    string IntroFormatCaseIdDate,
    string FoundHeading,
    string WhyHeading,
    string EvidenceHeading,
    string ThermalCaption,
    string VisualCaption,
    string NoEvidence,
    string ChartHeading,
    string ChartHotSpot,
    string ChartReference,
    string ChartAmbient,
    string ChartAxisCelsius,
    string ChartAxisCounts,
    string ChartHistoryTitle,
    string GradeHeading,
    string GradeFormatLevelStandard,
    string RuleFormatIdCitation,
    string UrgencyFormat,
    string WorkHeading,
    string NoWorkRecorded,
    string AdviceHeading,
    string MeasurementHeading,
    string MeasuredWithFormatCamera,
    string MeasuredOnFormatDate,
    string HotSpotFormatValue,
    string ReferenceFormatValueSource,
    string AmbientFormatValueSource,
    string DifferenceFormatKelvinPercent,
    string CameraAccuracy,
    string CountsNote,
    string HistoryHeading,
    string HistoryFormatDateValueGrade,
    string FirstInspection,
    string ContactLine,
    string CountsUnit,
    IReadOnlyDictionary<string, string> GradeNames,
    IReadOnlyDictionary<string, string> ReferenceSources,
    IReadOnlyDictionary<Findings.CaseUrgency, string> Urgencies)
{
    /// <summary>The texts of <paramref name="language"/> ("en" or "zh-CN", see <see cref="CaseLanguages.Normalize"/>).</summary>
    public static ExplanationTexts For(string language) => CaseLanguages.Normalize(language) switch
    {
        CaseLanguages.English => ExplanationTextsEnglish.Texts,
        CaseLanguages.SimplifiedChinese => ExplanationTextsChinese.Texts,
        _ => throw new ArgumentException($"No explanation texts in language '{language}' (supported: {string.Join(", ", CaseLanguages.All)}).", nameof(language)),
    };

    /// <summary>The grade level in words, or the level itself when the texts do not name it.</summary>
    public string GradeName(string level) => GradeNames.TryGetValue(level, out var name) ? name : level;

    /// <summary>The reference source in words, or the source itself when unnamed.</summary>
    public string ReferenceSourceName(string? source) =>
        source is null ? "-" : ReferenceSources.TryGetValue(source, out var name) ? name : source;

    /// <summary>Formats with the invariant culture, so numbers read the same in every language.</summary>
    public static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
