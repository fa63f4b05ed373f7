using DroneInspect.Cases.Customers;
using DroneInspect.Cases.Explanations;
using DroneInspect.Cases.Explanations.Fonts;
using DroneInspect.Cases.Findings;
using SkiaSharp;

namespace DroneInspect.Cases.Tests.Explanations;

/// <summary>Customers, findings and PNG pictures the explanation tests share; the PNGs are drawn here with SkiaSharp.</summary>
internal static class ExplanationSamples
{
    public static readonly DateTimeOffset CapturedAtUtc = new(2025, 6, 12, 3, 30, 0, TimeSpan.Zero);

    public static Customer Customer(string name, CustomerType type, string language) =>
        new("ACC-1", name, type, "+86 138 0000 0000", "c@example.org", ContactChannel.Email, language, CustomerNeeds.None, "TR-7", null);

    public static CaseFinding HotClamp(bool absolute = true) => new(
        FlightId: "F-1", FindingId: "F-1/3", Kind: "thermal", AssetId: "P-12", AssetKind: "pole", Component: "clamp",
        GradeLevel: "serious", GradeStandard: "DL/T 664-2016", RuleId: "dlt664-clamp-serious", RuleCitation: "delta_t >= 80 %",
        Urgency: CaseUrgency.Serious, MaxTemperatureCelsius: absolute ? 92.4 : 8123, ReferenceTemperatureCelsius: absolute ? 31.2 : 7410,
        ReferenceSource: "similar-component", AmbientTemperatureCelsius: absolute ? 24.0 : null, DeltaTKelvin: absolute ? 61.2 : null,
        RelativeDifferencePercent: absolute ? 89.5 : null, Absolute: absolute, Label: null, CapturedAtUtc: CapturedAtUtc,
        LongitudeDegrees: 116.4, LatitudeDegrees: 39.9, UncertaintyMeters: 3, Captures: ["DJI_0001_T.JPG"]);

    public static CaseFinding BirdNest() => HotClamp() with
    {
        Kind = "visual", Component = null, Label = "bird-nest", GradeLevel = "general", Urgency = CaseUrgency.General,
        MaxTemperatureCelsius = null, ReferenceTemperatureCelsius = null, AmbientTemperatureCelsius = null, DeltaTKelvin = null,
    };

    public static ExplanationRequest Request(Customer customer, CaseFinding finding, IReadOnlyList<EarlierInspection>? earlier = null) => new(
        "CASE-42", customer, finding, new ExplanationEvidence(Png(SKColors.OrangeRed), Png(SKColors.ForestGreen), "DJI M3T"),
        customer.Language == CaseLanguages.English ? "The clamp was tightened and cleaned on 14 June." : "6月14日已对线夹进行紧固和清洁处理。",
        "weather", earlier ?? []);

    public static ResultsExplanation Explain(ExplanationRequest request) =>
        new ResultsExplanationBuilder(AdviceCatalogue.Default, new TemperatureChart(Fonts)).Build(request);

    public static ExplanationFonts Fonts { get; } = ExplanationFontLocator.Locate();

    /// <summary>A 64x48 PNG with a bright square in the middle.</summary>
    public static byte[] Png(SKColor spot)
    {
        using var bitmap = new SKBitmap(64, 48);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.DarkBlue);
            using var paint = new SKPaint { Color = spot };
            canvas.DrawRect(24, 16, 16, 16, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
