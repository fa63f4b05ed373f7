namespace DroneInspect.Vision.Thermal;

/// <summary>Shape measures of a set of member pixels.</summary>
internal static class RegionShape
{
    /// <summary>Variance of a pixel's own extent (a unit square), so one-pixel lines have a finite width.</summary>
    private const double PixelVariance = 1.0 / 12.0;

    /// <summary>Length over width of the region's equivalent ellipse: sqrt of the ratio of its covariance eigenvalues.</summary>
    public static double Elongation(ReadOnlySpan<int> members, int width)
    {
        double sx = 0, sy = 0;
        foreach (int index in members)
        {
            sx += index % width;
            sy += index / width;
        }

        double n = members.Length;
        double mx = sx / n, my = sy / n;
        double cxx = 0, cyy = 0, cxy = 0;
        foreach (int index in members)
        {
            double dx = (index % width) - mx;
            double dy = (index / width) - my;
            cxx += dx * dx;
            cyy += dy * dy;
            cxy += dx * dy;
        }

        cxx = (cxx / n) + PixelVariance;
        cyy = (cyy / n) + PixelVariance;
        cxy /= n;
        double mean = (cxx + cyy) / 2;
        double spread = Math.Sqrt((((cxx - cyy) / 2) * ((cxx - cyy) / 2)) + (cxy * cxy));
        double major = mean + spread;
        double minor = Math.Max(mean - spread, PixelVariance);
        return Math.Sqrt(major / minor);
    }
}
