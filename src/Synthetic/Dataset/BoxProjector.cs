using DroneInspect.Synthetic.Camera;

namespace DroneInspect.Synthetic.Dataset;

/// <summary>Projects a labelled object's 3-D extent to an image box and decides whether it is visible enough to label.</summary>
internal static class BoxProjector
{
    /// <summary>Boxes narrower or lower than this (pixels, after clipping to the image) are not labelled.</summary>
    public const float MinSidePixels = 4;

    /// <summary>Boxes smaller than this area (square pixels, after clipping) are not labelled.</summary>
    public const float MinAreaPixels = 40;

    /// <summary>At least this fraction of a box must lie inside the image for it to be labelled.</summary>
    public const float MinVisibleFraction = 0.4f;

    public static DetectionBox? Project(LabeledObject obj, PinholeProjector projector)
    {
        double x1 = double.MaxValue, y1 = double.MaxValue, x2 = double.MinValue, y2 = double.MinValue;
        double fx = projector.Intrinsics.FxPixels;
        foreach (var segment in obj.Extent)
        {
            foreach (var p in new[] { segment.From, segment.To })
            {
                if (!projector.TryProject(p, out double u, out double v, out double depth))
                {
                    return null;
                }

                double r = segment.RadiusMeters * fx / depth;
                x1 = Math.Min(x1, u - r); y1 = Math.Min(y1, v - r);
                x2 = Math.Max(x2, u + r); y2 = Math.Max(y2, v + r);
            }
        }

        // Pixel centres sit at integer coordinates, so pixel i covers [i - 0.5, i + 0.5).
        x1 += 0.5; y1 += 0.5; x2 += 0.5; y2 += 0.5;
        int size = projector.Intrinsics.WidthPixels;
        double area = (x2 - x1) * (y2 - y1);
        double cx1 = Math.Clamp(x1, 0, size), cy1 = Math.Clamp(y1, 0, size), cx2 = Math.Clamp(x2, 0, size), cy2 = Math.Clamp(y2, 0, size);
        double clippedArea = (cx2 - cx1) * (cy2 - cy1);
        bool visible = cx2 - cx1 >= MinSidePixels && cy2 - cy1 >= MinSidePixels && clippedArea >= MinAreaPixels
            && clippedArea >= MinVisibleFraction * area;
        return visible ? new DetectionBox(obj.ClassId, (float)cx1, (float)cy1, (float)cx2, (float)cy2) : null;
    }
}
