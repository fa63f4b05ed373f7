namespace DroneInspect.Synthetic.Rendering;

/// <summary>Deterministic value noise for textures (hash of integer lattice points, smooth interpolation), no allocation.</summary>
internal readonly struct NoiseField(int seed)
{
    /// <summary>Uniform hash of a lattice point in [0, 1).</summary>
    public double Hash(int x, int y)
    {
        unchecked
        {
            uint h = (uint)seed * 0x9E3779B1u ^ (uint)x * 0x85EBCA77u ^ (uint)y * 0xC2B2AE3Du;
            h ^= h >> 15;
            h *= 0x2C1B3C6Du;
            h ^= h >> 12;
            h *= 0x297A2D39u;
            h ^= h >> 15;
            return (h & 0xFFFFFF) / (double)0x1000000;
        }
    }

    /// <summary>Smooth noise in [0, 1) with features about one unit wide.</summary>
    public double Value(double x, double y)
    {
        int xi = (int)Math.Floor(x), yi = (int)Math.Floor(y);
        double fx = x - xi, fy = y - yi;
        fx = fx * fx * (3 - 2 * fx);
        fy = fy * fy * (3 - 2 * fy);
        double a = Hash(xi, yi), b = Hash(xi + 1, yi), c = Hash(xi, yi + 1), d = Hash(xi + 1, yi + 1);
        return a + (b - a) * fx + (c - a) * fy + (a - b - c + d) * fx * fy;
    }

    /// <summary>Three octaves of <see cref="Value"/>, in [0, 1).</summary>
    public double Fractal(double x, double y) =>
        (Value(x, y) * 4 + Value(x * 2.03 + 17.1, y * 2.03 - 9.7) * 2 + Value(x * 4.11 - 3.3, y * 4.11 + 5.9)) / 7.0;
}
