using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Thermal;

namespace DroneInspect.Ingestion.Quality;

/// <summary>Why a thermal decode failed: <paramref name="NotRadiometric"/> for a readable file without temperature data.</summary>
public sealed record ThermalProblem(string Message, bool NotRadiometric)
{
    public static ThermalProblem From(ThermalFormatException e) => new(e.Message, e.NotRadiometric);
}

/// <summary>What is known about one file when the gate judges it; each part null where it was not obtained.</summary>
/// <param name="Sha256">Content hash (hex), compared with the hashes of earlier files of the flight.</param>
/// <param name="LooksThermal">The file presents itself as a thermal capture (content sniffing or a _T/_R name).</param>
/// <param name="Thermal">The thermal map's header (probed or from a decoded image), for thermal files that read.</param>
/// <param name="ThermalProblem">Why a thermal-looking file did not decode.</param>
/// <param name="ReadProblem">Why the file could not be read at all; the gate then says only "unreadable".</param>
public sealed record QualityInput(
    string Path,
    string? Sha256,
    CaptureMetadata? Metadata,
    bool LooksThermal,
    ThermalHeader? Thermal,
    ThermalProblem? ThermalProblem,
    string? ReadProblem);
