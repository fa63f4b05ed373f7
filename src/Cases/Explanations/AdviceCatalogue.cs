using System.Text.Json;
using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Findings;

namespace DroneInspect.Cases.Explanations;

/// <summary>
/// Plain-language texts about findings and the advice given with them, kept as data (the embedded advice.json) in
/// every language of <see cref="CaseLanguages"/>: safety for everyone first, then advice about the finding, then
/// advice for the customer's type.
/// </summary>
public sealed class AdviceCatalogue
{
    private const string ResourceName = "DroneInspect.Cases.Explanations.advice.json";
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    private readonly CatalogueFile _file;

    private AdviceCatalogue(CatalogueFile file) => _file = file;

    /// <summary>The catalogue shipped in this assembly.</summary>
    public static AdviceCatalogue Default { get; } = LoadEmbedded();

    /// <summary>Reads a catalogue in advice.json's shape; throws <see cref="InvalidDataException"/> when a language or key is missing.</summary>
    public static AdviceCatalogue Load(Stream json)
    {
        CatalogueFile file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogueFile>(json, Json) ?? throw new InvalidDataException("The advice catalogue is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The advice catalogue is not in advice.json's shape: {e.Message}", e);
        }
        var catalogue = new AdviceCatalogue(file);
        catalogue.Validate();
        return catalogue;
    }

    /// <summary>What was found, in one or two plain sentences.</summary>
    public string WhatWasFound(CaseFinding finding, string language) => Texts(Entry(finding).Found, language, "found");

    /// <summary>Why it matters to the customer.</summary>
    public string WhyItMatters(CaseFinding finding, string language) => Texts(Entry(finding).Why, language, "why");

    /// <summary>The advice for this customer type and finding: safety items first, then the finding's, then the type's.</summary>
    public IReadOnlyList<AdviceItem> For(CaseFinding finding, CustomerType type, string language)
    {
        var advice = new List<AdviceItem>();
        advice.AddRange(Texts(_file.Safety, language, "safety").Select(t => new AdviceItem(AdviceTopic.Safety, t)));
        advice.AddRange(Texts(Entry(finding).Advice, language, "advice").Select(t => new AdviceItem(AdviceTopic.Finding, t)));
        advice.AddRange(Texts(_file.CustomerTypes[TypeKey(type)], language, "customer type").Select(t => new AdviceItem(AdviceTopic.CustomerType, t)));
        return advice;
    }

    private static string TypeKey(CustomerType type) => type.ToString().ToLowerInvariant();

    private FindingEntry Entry(CaseFinding finding) =>
        _file.Findings.TryGetValue(FindingKinds.Of(finding), out var entry) ? entry : _file.Findings[FindingKinds.Generic];

    private static T Texts<T>(IReadOnlyDictionary<string, T> byLanguage, string language, string what) =>
        byLanguage.TryGetValue(CaseLanguages.Normalize(language) ?? language, out var texts)
            ? texts
            : throw new ArgumentException($"The advice catalogue has no '{what}' text in language '{language}'.", nameof(language));

    private void Validate()
    {
        if (!_file.Findings.ContainsKey(FindingKinds.Generic))
            throw new InvalidDataException("The advice catalogue has no 'generic' finding entry.");
        foreach (var type in Enum.GetValues<CustomerType>())
        {
            if (!_file.CustomerTypes.ContainsKey(TypeKey(type)))
                throw new InvalidDataException($"The advice catalogue has no advice for customer type '{TypeKey(type)}'.");
        }
        foreach (var language in CaseLanguages.All)
        {
            if (!_file.Safety.ContainsKey(language) || _file.CustomerTypes.Values.Any(t => !t.ContainsKey(language))
                || _file.Findings.Values.Any(f => !f.Found.ContainsKey(language) || !f.Why.ContainsKey(language) || !f.Advice.ContainsKey(language)))
                throw new InvalidDataException($"The advice catalogue lacks texts in '{language}'.");
        }
    }

    private static AdviceCatalogue LoadEmbedded()
    {
        using var stream = typeof(AdviceCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        return Load(stream);
    }

    private sealed record CatalogueFile(
        Dictionary<string, string[]> Safety,
        Dictionary<string, FindingEntry> Findings,
        Dictionary<string, Dictionary<string, string[]>> CustomerTypes);

    private sealed record FindingEntry(
        Dictionary<string, string> Found,
        Dictionary<string, string> Why,
        Dictionary<string, string[]> Advice);
}
