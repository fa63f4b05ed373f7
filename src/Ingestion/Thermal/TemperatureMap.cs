namespace DroneInspect.Ingestion.Thermal;

/// <summary>
/// A per-pixel thermal map, row-major. When <see cref="IsAbsolute"/> is true the values are degrees Celsius;
/// otherwise they are sensor counts (relative only: no absolute temperature may be claimed from them).
/// </summary>
public sealed class TemperatureMap
{
    public TemperatureMap(int width, int height, float[] values, bool isAbsolute)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (values.Length != (long)width * height)
        {
            throw new ArgumentException($"Expected {width}x{height} values, got {values.Length}.", nameof(values));
        }

        Width = width;
        Height = height;
        Values = values;
        IsAbsolute = isAbsolute;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Row-major values: Celsius when absolute, counts otherwise.</summary>
    public float[] Values { get; }

    public bool IsAbsolute { get; }

    public float this[int x, int y] => Values[(y * Width) + x];
}
