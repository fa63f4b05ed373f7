namespace DroneInspect.Ingestion.Thermal;

/// <summary>File access shared by the thermal readers: I/O failures become <see cref="ThermalFormatException"/>.</summary>
internal static class ThermalFile
{
    /// <summary>Largest thermal file read whole into memory (radiometric captures are a few MB).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    public static byte[] ReadAllBytes(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new ThermalFormatException($"{path} does not exist.");
            }

            if (info.Length == 0)
            {
                throw new ThermalFormatException($"{info.Name} is empty (0 bytes).");
            }

            if (info.Length > MaxBytes)
            {
                throw new ThermalFormatException($"{info.Name} is {info.Length} bytes, too large for a thermal capture.");
            }

            return File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new ThermalFormatException($"{Path.GetFileName(path)} could not be read: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ThermalFormatException($"{Path.GetFileName(path)} could not be read: {e.Message}", e);
        }
    }
}
