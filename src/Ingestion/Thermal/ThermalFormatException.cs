namespace DroneInspect.Ingestion.Thermal;

/// <summary>A thermal file that cannot be decoded; the message says why in words a pilot understands.</summary>
public sealed class ThermalFormatException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>True when the file was read but holds no temperature data (a palette-only JPEG), rather than being damaged.</summary>
    public bool NotRadiometric { get; init; }
}
