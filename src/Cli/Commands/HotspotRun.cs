using DroneInspect.Ingestion.Thermal;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Cli.Commands;

/// <summary>What `hotspots` and `gallery` compute for one decoded file: the checked ambient and the graded hotspots.</summary>
public sealed record HotspotRun(AmbientChoice Ambient, IReadOnlyList<GradedHotspot> Hotspots)
{
    /// <summary>Used when neither the user nor the file states an air temperature.</summary>
    public const double DefaultAmbientCelsius = 20.0;

    /// <param name="givenAmbientCelsius">--ambient; null to take the file's air temperature, else the default.</param>
    /// <param name="networkEquipmentInView">
    /// The user says the view shows asset-network equipment (poles, phases): only then do other phases count as similar
    /// components. A single file carries no asset network, so this cannot be checked here.
    /// </param>
    public static HotspotRun Analyze(ThermalImage image, double? givenAmbientCelsius, bool networkEquipmentInView)
    {
        ArgumentNullException.ThrowIfNull(image);
        var ambient = givenAmbientCelsius is { } given
            ? AmbientAir.Choose(image.Map, given, AmbientAir.FromOption, DefaultAmbientCelsius)
            : AmbientAir.Choose(image.Map, image.Parameters?.AtmosphericTemperatureCelsius, AmbientAir.FromFile, DefaultAmbientCelsius);
        var options = networkEquipmentInView
            ? HotspotAnalysisOptions.Default with { OnNetworkEquipment = _ => true }
            : HotspotAnalysisOptions.Default;
        return new HotspotRun(ambient, HotspotAnalyzer.Analyze(image.Map, ambient, [], options));
    }
}
