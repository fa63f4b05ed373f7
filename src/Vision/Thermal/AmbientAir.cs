using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Vision.Thermal;

/// <summary>The ambient air temperature grading uses, where it came from, and why when it is not what was stated.</summary>
/// <param name="Source">"option" (the user's), "file" (the file's air temperature), "assumed" (the configured default) or "scene" (replaced by the scene's lower quartile, see <see cref="Note"/>).</param>
/// <param name="Note">Why the value was assumed or replaced, or what is suspect about it (air above the scene's median is always noted); null when the stated value is plausible.</param>
public sealed record AmbientChoice(double TemperatureCelsius, string Source, string? Note);

/// <summary>
/// Checks an ambient air temperature against the scene before grading: air more than
/// <see cref="MedianToleranceKelvin"/> warmer than the scene's median (most of what the camera sees far colder than the
/// air, which passive surfaces rarely are: under a clear sky they run at most a few Kelvin below air) or outside
/// -40..60 C is suspect. A suspect value from the file or the default is replaced by the scene's lower quartile (where passive
/// surfaces sit, at or a little above air), clamped to -40..60 C; a suspect value the user gave is kept, and said
/// to be suspect. Either way the choice carries a note. Used by the pipeline and the `hotspots` command alike.
/// </summary>
public static class AmbientAir
{
    public const double MinPlausibleCelsius = -40.0;
    public const double MaxPlausibleCelsius = 60.0;
    public const string FromOption = "option";
    public const string FromFile = "file";
    public const string Assumed = "assumed";
    public const string FromScene = "scene";

    /// <summary>How far (Kelvin) the air may stand above the scene's median before it is suspect: radiative cooling of surfaces under a clear sky.</summary>
    public const double MedianToleranceKelvin = 5.0;

    private const double LowerQuartile = 0.25;

    /// <param name="statedCelsius">The user's or the file's air temperature; null when neither states one.</param>
    /// <param name="statedSource"><see cref="FromOption"/> or <see cref="FromFile"/>: who stated it.</param>
    /// <param name="defaultCelsius">The configured default, used when nothing is stated.</param>
    public static AmbientChoice Choose(TemperatureMap map, double? statedCelsius, string statedSource, double defaultCelsius)
    {
        ArgumentNullException.ThrowIfNull(map);
        double candidate = statedCelsius ?? defaultCelsius;
        string source = statedCelsius is null ? Assumed : statedSource;
        string said = source switch
        {
            FromOption => "the given ambient",
            FromFile => "the file's air temperature",
            _ => "the assumed ambient",
        };
        string? assumedNote = statedCelsius is null ? $"no air temperature stated; {Format(defaultCelsius)} C assumed" : null;
        if (!map.IsAbsolute)
        {
            return new AmbientChoice(candidate, source, assumedNote);
        }

        var scene = SceneStatistics.Compute(map.Values, LowerQuartile);
        string? problem = !double.IsFinite(candidate) || candidate < MinPlausibleCelsius || candidate > MaxPlausibleCelsius
            ? $"outside the plausible {Format(MinPlausibleCelsius)}..{Format(MaxPlausibleCelsius)} C"
            : scene.FinitePixels > 0 && candidate > scene.Median + MedianToleranceKelvin
                ? $"more than {Format(MedianToleranceKelvin)} K above the scene's median {Format(scene.Median)} C (air warmer than most of the scene is suspect)"
                : null;
        if (problem is null)
        {
            return new AmbientChoice(candidate, source, WarmerThanSceneNote(candidate, scene, said, assumedNote));
        }

        if (source == FromOption && double.IsFinite(candidate))
        {
            return new AmbientChoice(candidate, source, $"{said} {Format(candidate)} C is {problem}; kept because it was given");
        }

        if (scene.FinitePixels == 0)
        {
            double fallback = Math.Clamp(defaultCelsius, MinPlausibleCelsius, MaxPlausibleCelsius);
            return new AmbientChoice(fallback, Assumed, $"{said} {Format(candidate)} C is {problem}; {Format(fallback)} C assumed");
        }

        double quartile = Math.Clamp(scene.HighPercentile, MinPlausibleCelsius, MaxPlausibleCelsius);
        return new AmbientChoice(
            quartile, FromScene, $"{said} {Format(candidate)} C is {problem}; ambient taken as the scene's lower quartile {Format(quartile)} C");
    }

    /// <summary>Air above the scene's median but within the tolerance is used, and the choice says so: never silently.</summary>
    private static string? WarmerThanSceneNote(double candidate, SceneStatistics scene, string said, string? assumedNote)
    {
        if (scene.FinitePixels == 0 || !(candidate > scene.Median))
        {
            return assumedNote;
        }

        string warmer = $"{said} {Format(candidate)} C is above the scene's median {Format(scene.Median)} C, within the "
            + $"{Format(MedianToleranceKelvin)} K that surfaces run below air under a clear sky; used";
        return assumedNote is null ? warmer : $"{assumedNote}; {warmer}";
    }

    private static string Format(double celsius) => celsius.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
