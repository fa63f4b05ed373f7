namespace DroneInspect.Cases.Explanations;

/// <summary>The parts of a results explanation, in the order a customer reads them.</summary>
public enum ExplanationSectionKind
{
    Found,
    WhyItMatters,
    Evidence,
    Chart,
    Grade,
    WorkDone,
    Advice,
    Measurement,
    History,
}

/// <summary>A PNG picture with its caption.</summary>
public sealed record ExplanationImage(string Caption, byte[] Png);

/// <summary>One part of the explanation: a heading, paragraphs, a list and pictures, all in the customer's language.</summary>
public sealed record ExplanationSection(
    ExplanationSectionKind Kind,
    string Heading,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Items,
    IReadOnlyList<ExplanationImage> Images);

/// <summary>
/// The results of one case explained to one customer, ready to render (HTML or PDF): every text already in the
/// customer's <see cref="Language"/>, every picture PNG.
/// </summary>
public sealed record ResultsExplanation(
    string Language,
    string CaseId,
    string CustomerAccount,
    string CustomerName,
    string Title,
    string Greeting,
    string Intro,
    IReadOnlyList<ExplanationSection> Sections,
    string ContactLine)
{
    /// <summary>The section of <paramref name="kind"/>; every explanation has each kind once.</summary>
    public ExplanationSection Section(ExplanationSectionKind kind) => Sections.Single(s => s.Kind == kind);
}
