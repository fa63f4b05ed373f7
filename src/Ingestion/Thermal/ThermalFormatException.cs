namespace DroneInspect.Ingestion.Thermal;

/// <summary>A thermal file that cannot be decoded; the message says why in words a pilot understands.</summary>
public sealed class ThermalFormatException(string message, Exception? inner = null) : Exception(message, inner);
