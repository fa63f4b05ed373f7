using DroneInspect.Cases.Findings;

namespace DroneInspect.Cases.Explanations;

/// <summary>
/// Writes the results explanation for one customer and one case: found, why it matters, the pictures, the charts, the
/// grade and its rule, what was done, advice, how it was measured and the asset's earlier inspections; all in the
/// customer's language, with counts maps never called Celsius.
/// </summary>
public sealed class ResultsExplanationBuilder(AdviceCatalogue catalogue, TemperatureChart chart)
{
    /// <summary>The explanation for <paramref name="request"/>'s customer.</summary>
    public ResultsExplanation Build(ExplanationRequest request)
    {
        var texts = ExplanationTexts.For(request.Customer.Language);
        var finding = request.Finding;
        var values = new ExplanationValues(finding, texts);
        var inspected = finding.CapturedAtUtc is { } at ? values.Date(at) : "-";
        ExplanationSection[] sections =
        [
            Section(ExplanationSectionKind.Found, texts.FoundHeading, [catalogue.WhatWasFound(finding, texts.Language)]),
            Section(ExplanationSectionKind.WhyItMatters, texts.WhyHeading, [catalogue.WhyItMatters(finding, texts.Language)]),
            Evidence(request.Evidence, texts),
            Charts(request, texts),
            Section(ExplanationSectionKind.Grade, texts.GradeHeading, Grade(finding, texts)),
            Section(ExplanationSectionKind.WorkDone, texts.WorkHeading,
                [string.IsNullOrWhiteSpace(request.WorkRecord) ? texts.NoWorkRecorded : request.WorkRecord.Trim()]),
            Section(ExplanationSectionKind.Advice, texts.AdviceHeading, [],
                catalogue.For(finding, request.Customer.Type, texts.Language).Select(a => a.Text).ToList()),
            Section(ExplanationSectionKind.Measurement, texts.MeasurementHeading, [], values.MeasurementLines(request.Evidence.CameraModel, request.AmbientSource)),
            History(request.EarlierInspections, values, texts),
        ];
        return new ResultsExplanation(
            texts.Language, request.CaseId, request.Customer.Account, request.Customer.Name, texts.Title,
            ExplanationTexts.Format(texts.GreetingFormatName, request.Customer.Name),
            ExplanationTexts.Format(texts.IntroFormatCaseIdDate, request.CaseId, inspected),
            sections, texts.ContactLine);
    }

    private static ExplanationSection Section(ExplanationSectionKind kind, string heading, IReadOnlyList<string> paragraphs,
        IReadOnlyList<string>? items = null, IReadOnlyList<ExplanationImage>? images = null) =>
        new(kind, heading, paragraphs, items ?? [], images ?? []);

    private static ExplanationSection Evidence(ExplanationEvidence evidence, ExplanationTexts texts)
    {
        foreach (var png in new[] { evidence.ThermalPng, evidence.VisualPng })
        {
            if (png is not null && !ExplanationEvidence.IsPng(png))
                throw new ArgumentException("Evidence images must be PNG; one is not.", nameof(evidence));
        }
        var images = new List<ExplanationImage>();
        if (evidence.ThermalPng is { } thermal) images.Add(new ExplanationImage(texts.ThermalCaption, thermal));
        if (evidence.VisualPng is { } visual) images.Add(new ExplanationImage(texts.VisualCaption, visual));
        return Section(ExplanationSectionKind.Evidence, texts.EvidenceHeading, images.Count == 0 ? [texts.NoEvidence] : [], images: images);
    }

    private ExplanationSection Charts(ExplanationRequest request, ExplanationTexts texts)
    {
        var images = new List<ExplanationImage>();
        if (chart.Comparison(request.Finding, texts) is { } comparison)
            images.Add(new ExplanationImage(texts.ChartHeading, comparison));
        if (chart.History(request.Finding, request.EarlierInspections, texts) is { } history)
            images.Add(new ExplanationImage(texts.ChartHistoryTitle, history));
        return Section(ExplanationSectionKind.Chart, texts.ChartHeading, images.Count == 0 ? [texts.NoEvidence] : [], images: images);
    }

    private static List<string> Grade(CaseFinding finding, ExplanationTexts texts)
    {
        var lines = new List<string>
        {
            ExplanationTexts.Format(texts.GradeFormatLevelStandard, texts.GradeName(finding.GradeLevel), finding.GradeStandard ?? "-"),
        };
        if (finding.RuleId is not null || finding.RuleCitation is not null)
            lines.Add(ExplanationTexts.Format(texts.RuleFormatIdCitation, finding.RuleId ?? "-", finding.RuleCitation ?? "-"));
        lines.Add(ExplanationTexts.Format(texts.UrgencyFormat, texts.Urgencies[finding.Urgency]));
        return lines;
    }

    private static ExplanationSection History(IReadOnlyList<EarlierInspection> earlier, ExplanationValues values, ExplanationTexts texts)
    {
        if (earlier.Count == 0) return Section(ExplanationSectionKind.History, texts.HistoryHeading, [texts.FirstInspection]);
        var items = earlier.OrderBy(e => e.InspectedAtUtc)
            .Select(e => ExplanationTexts.Format(texts.HistoryFormatDateValueGrade, values.Date(e.InspectedAtUtc),
                values.Reading(e.MaxTemperatureCelsius, e.Absolute), texts.GradeName(e.GradeLevel)))
            .ToList();
        return Section(ExplanationSectionKind.History, texts.HistoryHeading, [], items);
    }
}
