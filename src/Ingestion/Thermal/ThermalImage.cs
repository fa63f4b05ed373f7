namespace DroneInspect.Ingestion.Thermal;

/// <summary>The decoded thermal content of one capture.</summary>
/// <param name="Format">"flir-fff", "radiometric-tiff", "dji-rjpeg".</param>
/// <param name="Planck">Null where the format carries none (TIFF, DJI).</param>
/// <param name="Parameters">The conditions the map was computed under (file values with overrides applied).</param>
public sealed record ThermalImage(
    string Format,
    string? CameraMake,
    string? CameraModel,
    TemperatureMap Map,
    PlanckConstants? Planck,
    RadiometricParameters? Parameters)
{
    /// <summary>Why the map is what it is, when that needs saying (e.g. DJI counts without the Thermal SDK); else null.</summary>
    public string? Note { get; init; }

    /// <summary>The map's description without its pixels.</summary>
    public ThermalHeader Header => new(Format, CameraMake, CameraModel, Map.Width, Map.Height, Map.IsAbsolute, Parameters) { Note = Note };
}
