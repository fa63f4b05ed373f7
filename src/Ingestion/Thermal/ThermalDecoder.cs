namespace DroneInspect.Ingestion.Thermal;

/// <summary>Decodes any supported radiometric file into a temperature map.</summary>
public static class ThermalDecoder
{
    /// <summary>
    /// Decodes <paramref name="path"/>. Throws <see cref="ThermalFormatException"/> with a plain reason when the
    /// file is not radiometric, is corrupt, or is of an unknown format.
    /// </summary>
    public static ThermalImage Decode(string path, RadiometricOverrides? overrides = null)
        => throw new NotImplementedException("Ingestion helper implements this.");
}
