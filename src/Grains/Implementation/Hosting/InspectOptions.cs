namespace DroneInspect.Grains.Hosting;

/// <summary>How flights are analysed on this silo.</summary>
public sealed class InspectOptions
{
    /// <summary>Captures analysed at once per flight (one batch); defaults to the core count.</summary>
    public int MaxConcurrentCaptures { get; set; } = Environment.ProcessorCount;

    /// <summary>Tries per capture before it is parked with its reason.</summary>
    public int MaxAttemptsPerCapture { get; set; } = 2;

    /// <summary>Ambient air temperature assumed when a thermal file states none (Celsius); the report says so.</summary>
    public double DefaultAmbientTemperatureCelsius { get; set; } = 20;

    /// <summary>ONNX detector model; null means the detection stage is skipped and reported as skipped.</summary>
    public string? DetectorModelPath { get; set; }
}
