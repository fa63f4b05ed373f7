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
public sealed record CapturePair(string CaptureId, string? RgbPath, string? ThermalPath)
{
    /// <summary>Suffix of <see cref="VisualReference"/> when the visual image is the one inside the thermal file.</summary>
    public const string EmbeddedSuffix = "#embedded";

    /// <summary>True when the thermal file carries its own visual image (a FLIR FFF EmbeddedImage record).</summary>
    public bool EmbeddedVisual { get; init; }

    /// <summary>Where the visual image of this capture is: the RGB file, else "thermal-path#embedded", else null.</summary>
    public string? VisualReference => RgbPath ?? (EmbeddedVisual && ThermalPath is not null ? ThermalPath + EmbeddedSuffix : null);
}

/// <summary>What pairing needs to know of a file beyond its name.</summary>
/// <param name="CaptureTime">EXIF DateTimeOriginal with its UTC offset (or the FLIR record's time); null when unknown.</param>
/// <param name="CarriesEmbeddedVisual">True for a thermal file holding its own visual image (FLIR EmbeddedImage).</param>
public sealed record CaptureFacts(DateTimeOffset? CaptureTime, bool CarriesEmbeddedVisual);
