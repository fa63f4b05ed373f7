using System.Globalization;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Ingestion.Quality;

/// <summary>
/// The upload quality gate: pure rules over what was read from a file. Rejections: unreadable, duplicate content,
/// not radiometric (thermal-looking without temperature data), no GPS (cannot be placed on any asset), measurement
/// parameters or raw size outside the camera's range. Warning: no gimbal pose (analysed, placed less precisely).
/// </summary>
public static class QualityGate
{
    /// <summary>Plausible measurement ranges. Emissivity (0.1, 1]; distance metres; humidity 0..1; air Celsius.</summary>
    public const double MinEmissivityExclusive = 0.1;
    public const double MaxObjectDistanceMeters = 1000;
    public const double MinAtmosphericTemperatureCelsius = -60;
    public const double MaxAtmosphericTemperatureCelsius = 80;

    /// <summary>The rejection of a file whose content an earlier file of the flight already had.</summary>
    public static QualityReason DuplicateReason { get; } =
        new(QualityCodes.Duplicate, "Same content (SHA-256) as an earlier file of this flight.", QualitySeverity.Rejection);

    /// <summary>
    /// Judges one file. <paramref name="earlierHashes"/> holds the SHA-256 of the files before it in the flight;
    /// the caller adds this file's hash afterwards.
    /// </summary>
    public static QualityVerdict Evaluate(QualityInput input, IReadOnlySet<string> earlierHashes)
    {
        if (input.ReadProblem is not null)
        {
            return new QualityVerdict([Reject(QualityCodes.Unreadable, input.ReadProblem)]);
        }

        var reasons = new List<QualityReason>();
        if (input.Sha256 is not null && earlierHashes.Contains(input.Sha256))
        {
            reasons.Add(DuplicateReason);
        }

        if (input.ThermalProblem is { } problem)
        {
            reasons.Add(problem.NotRadiometric
                ? Reject(QualityCodes.NotRadiometric, $"Thermal-looking file without temperature data: {problem.Message}")
                : Reject(QualityCodes.Unreadable, problem.Message));
        }
        else if (input.Thermal is null && LooksThermal(input))
        {
            reasons.Add(Reject(QualityCodes.NotRadiometric, "Thermal-looking file whose temperature data was not decoded."));
        }

        if (input.Metadata?.Gps is null)
        {
            reasons.Add(Reject(QualityCodes.NoGps, "No GPS position: the capture cannot be placed on any asset."));
        }

        if (input.Metadata?.Pose is not { GimbalPitchDegrees: not null, GimbalYawDegrees: not null })
        {
            reasons.Add(new QualityReason(QualityCodes.NoPose, "No gimbal pitch/yaw: analysed, but placed from GPS alone.", QualitySeverity.Warning));
        }

        if (input.Thermal is { } thermal)
        {
            reasons.AddRange(OutOfRange(thermal).Select(m => Reject(QualityCodes.OutOfRange, m)));
        }

        return new QualityVerdict(reasons);
    }

    /// <summary>Each measurement parameter or raw size outside the camera's range, in words.</summary>
    public static IEnumerable<string> OutOfRange(ThermalHeader thermal)
    {
        if (thermal.Parameters is { } p)
        {
            if (!(p.Emissivity > MinEmissivityExclusive && p.Emissivity <= 1))
            {
                yield return Text($"Emissivity {p.Emissivity:0.###} is outside (0.1, 1].");
            }

            if (!(p.ObjectDistanceMeters >= 0 && p.ObjectDistanceMeters <= MaxObjectDistanceMeters))
            {
                yield return Text($"Object distance {p.ObjectDistanceMeters:0.##} m is outside 0..1000 m.");
            }

            if (!(p.RelativeHumidity >= 0 && p.RelativeHumidity <= 1))
            {
                yield return Text($"Relative humidity {p.RelativeHumidity:0.###} is outside 0..1.");
            }

            if (!(p.AtmosphericTemperatureCelsius >= MinAtmosphericTemperatureCelsius && p.AtmosphericTemperatureCelsius <= MaxAtmosphericTemperatureCelsius))
            {
                yield return Text($"Atmospheric temperature {p.AtmosphericTemperatureCelsius:0.#} °C is outside -60..80 °C.");
            }
        }

        if (ThermalSensorSizes.Expected(thermal.CameraModel) is { } size && (thermal.Width, thermal.Height) != size)
        {
            yield return Text($"Raw size {thermal.Width}x{thermal.Height} is unlike the {thermal.CameraModel}'s {size.Width}x{size.Height}.");
        }
    }

    private static bool LooksThermal(QualityInput input) =>
        input.LooksThermal
        || (input.Metadata is { ImageWidth: int w, ImageHeight: int h } m && KnownDroneCameras.Find(m.Model, w, h)?.Thermal == true);

    private static QualityReason Reject(string code, string message) => new(code, message, QualitySeverity.Rejection);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
