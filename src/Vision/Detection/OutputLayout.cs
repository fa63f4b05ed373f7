namespace DroneInspect.Vision.Detection;

/// <summary>How a YOLO-style output tensor is laid out.</summary>
public enum OutputLayout
{
    /// <summary>YOLOv8 / YOLO11: [1, 4 + classes, boxes]; cx, cy, w, h then one score per class.</summary>
    ChannelsFirst,

    /// <summary>YOLOv5: [1, boxes, 5 + classes]; cx, cy, w, h, objectness, then class probabilities (score = objectness x class).</summary>
    BoxesFirst,
}

/// <summary>The layout and sizes read from an output's shape.</summary>
public readonly record struct OutputShape(OutputLayout Layout, int BoxCount, int ClassCount)
{
    private const int BoxValues = 4;
    private const int BoxValuesWithObjectness = 5;

    /// <summary>Reads the layout from a [batch, a, b] shape; with known class names their count settles the ambiguous cases.</summary>
    /// <exception cref="DetectorException">Not a recognisable YOLO output.</exception>
    public static OutputShape Resolve(ReadOnlySpan<long> dims, int? knownClassCount)
    {
        if (dims.Length != 3 || dims[0] == 0 || dims[1] <= 0 || dims[2] <= 0)
        {
            throw new DetectorException(
                $"Unknown output layout [{string.Join(", ", dims.ToArray())}]: expected [1, 4+classes, boxes] (YOLOv8/11) or [1, boxes, 5+classes] (YOLOv5).");
        }

        int a = checked((int)dims[1]);
        int b = checked((int)dims[2]);
        if (knownClassCount is { } classes)
        {
            if (a == BoxValues + classes)
            {
                return new OutputShape(OutputLayout.ChannelsFirst, b, classes);
            }

            if (b == BoxValuesWithObjectness + classes)
            {
                return new OutputShape(OutputLayout.BoxesFirst, a, classes);
            }
        }

        // Without names: YOLO heads have far more boxes than channels.
        if (a < b && a > BoxValues)
        {
            return new OutputShape(OutputLayout.ChannelsFirst, b, a - BoxValues);
        }

        if (b < a && b > BoxValuesWithObjectness)
        {
            return new OutputShape(OutputLayout.BoxesFirst, a, b - BoxValuesWithObjectness);
        }

        throw new DetectorException(
            $"Unknown output layout [1, {a}, {b}]" + (knownClassCount is { } n ? $" for {n} class names" : string.Empty) + ".");
    }
}
