namespace DroneInspect.Ingestion.Thermal;

/// <summary>
/// What a radiometric file says about its thermal map without the pixels: enough for the upload quality gate and
/// `metadata`, at a fraction of a decode's cost. <see cref="ThermalProbe"/> reads it; a <see cref="ThermalImage"/>
/// gives it for a decoded map.
/// </summary>
/// <param name="Format">"flir-fff", "radiometric-tiff", "dji-rjpeg".</param>
/// <param name="Width">Raw map width, pixels.</param>
/// <param name="Height">Raw map height, pixels.</param>
/// <param name="IsAbsolute">True when the map is (or would be) Celsius; false for relative counts.</param>
/// <param name="Parameters">The file's measurement parameters (FLIR), null where the format carries none.</param>
public sealed record ThermalHeader(
    string Format,
    string? CameraMake,
    string? CameraModel,
    int Width,
    int Height,
    bool IsAbsolute,
    RadiometricParameters? Parameters)
{
    /// <summary>Why the map is what it is, when that needs saying (e.g. DJI counts without the Thermal SDK); else null.</summary>
    public string? Note { get; init; }
}
