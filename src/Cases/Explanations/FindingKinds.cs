using DroneInspect.Cases.Findings;

namespace DroneInspect.Cases.Explanations;

/// <summary>
/// The keys the advice catalogue uses for a finding: thermal findings by component, visual findings by class, and
/// "generic" for anything else.
/// </summary>
public static class FindingKinds
{
    public const string ThermalConnection = "thermal-connection";
    public const string ThermalBushing = "thermal-bushing";
    public const string ThermalInsulator = "thermal-insulator";
    public const string VisualMissingDisc = "visual-missing-disc";
    public const string VisualBirdNest = "visual-bird-nest";
    public const string VisualBrokenStrand = "visual-broken-strand";
    public const string VisualFlashover = "visual-flashover";
    public const string Generic = "generic";

    private static readonly IReadOnlyDictionary<string, string> ThermalComponents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["clamp"] = ThermalConnection,
        ["connector"] = ThermalConnection,
        ["connection"] = ThermalConnection,
        ["joint"] = ThermalConnection,
        ["bushing"] = ThermalBushing,
        ["insulator"] = ThermalInsulator,
    };

    private static readonly IReadOnlyDictionary<string, string> VisualLabels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["missing-disc"] = VisualMissingDisc,
        ["bird-nest"] = VisualBirdNest,
        ["broken-strand"] = VisualBrokenStrand,
        ["flashover"] = VisualFlashover,
    };

    /// <summary>The catalogue key of <paramref name="finding"/>.</summary>
    public static string Of(CaseFinding finding)
    {
        var (table, key) = finding.Kind.Equals("thermal", StringComparison.OrdinalIgnoreCase)
            ? (ThermalComponents, finding.Component)
            : (VisualLabels, finding.Label);
        return key is not null && table.TryGetValue(key, out var kind) ? kind : Generic;
    }
}
