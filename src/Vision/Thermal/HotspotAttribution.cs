namespace DroneInspect.Vision.Thermal;

/// <summary>Attributes a hot region to the component box it lies on: the box holding its maximum pixel, the smallest if several.</summary>
public static class HotspotAttribution
{
    /// <summary>Index of the attributed box, or -1 when the region lies on none (unattributed).</summary>
    public static int FindHostIndex(HotRegion region, IReadOnlyList<PixelBox> boxes)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(boxes);
        int best = -1;
        double bestArea = double.PositiveInfinity;
        for (int i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            double area = Area(box);
            if (ContainsPixel(box, region.MaxX, region.MaxY) && area < bestArea)
            {
                best = i;
                bestArea = area;
            }
        }

        return best;
    }

    /// <summary>The detection the region lies on, or null when unattributed.</summary>
    public static Detection.Detection? Attribute(HotRegion region, IReadOnlyList<Detection.Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(detections);
        int index = FindHostIndex(region, detections.Select(d => d.Box).ToList());
        return index < 0 ? null : detections[index];
    }

    /// <summary>Whether pixel (x, y)'s centre lies in the box (X1, Y1 inclusive; X2, Y2 exclusive).</summary>
    public static bool ContainsPixel(PixelBox box, int x, int y)
    {
        float cx = x + 0.5f;
        float cy = y + 0.5f;
        return cx >= box.X1 && cx < box.X2 && cy >= box.Y1 && cy < box.Y2;
    }

    internal static double Area(PixelBox box) => Math.Max(0, box.X2 - box.X1) * (double)Math.Max(0, box.Y2 - box.Y1);
}
