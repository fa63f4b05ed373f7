namespace DroneInspect.Ingestion.Intake;

public enum CaptureKind
{
    Unknown,
    Rgb,
    Thermal,
}

/// <summary>One accepted file of a flight, identified by its content.</summary>
public sealed record FlightFile(string Path, string Sha256, long SizeBytes, CaptureKind Kind);

/// <summary>A file the intake refused or could not read, with the reason in plain words.</summary>
public sealed record IntakeProblem(string Path, string Reason);

/// <summary>What a flight upload holds: accepted files (duplicates by content removed) and the problems met.</summary>
public sealed record FlightInventory(IReadOnlyList<FlightFile> Files, IReadOnlyList<IntakeProblem> Problems);

/// <summary>The RGB and thermal files of one capture moment (DJI _W/_Z/_T naming, or capture time).</summary>
public sealed record CapturePair(string CaptureId, string? RgbPath, string? ThermalPath);
