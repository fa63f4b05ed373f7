using DroneInspect.Vision.Thermal;

namespace DroneInspect.Vision.Detection;

/// <summary>A detection in model-input pixels, before NMS and mapping back.</summary>
public readonly record struct Candidate(int ClassId, float Score, float X1, float Y1, float X2, float Y2);

/// <summary>Pure post-processing of a YOLO output: decode, per-class NMS, map back to the original image.</summary>
public static class YoloDecoder
{
    /// <summary>
    /// Decodes every box whose best class scores at least <paramref name="scoreThreshold"/>; with
    /// <paramref name="multiLabel"/>, every class of a box that scores at least the threshold is a candidate of its own.
    /// </summary>
    public static List<Candidate> Decode(ReadOnlySpan<float> output, OutputShape shape, float scoreThreshold, bool multiLabel)
    {
        var candidates = new List<Candidate>();
        int boxes = shape.BoxCount;
        int classes = shape.ClassCount;
        bool channelsFirst = shape.Layout == OutputLayout.ChannelsFirst;
        int stride = channelsFirst ? 1 : 5 + classes;
        int step = channelsFirst ? boxes : 1;
        int firstClass = channelsFirst ? 4 : 5;
        for (int box = 0; box < boxes; box++)
        {
            int start = channelsFirst ? box : box * stride;
            float objectness = channelsFirst ? 1f : output[start + (4 * step)];
            int bestClass = -1;
            float bestScore = float.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                float score = output[start + ((firstClass + c) * step)] * objectness;
                if (multiLabel && score >= scoreThreshold)
                {
                    candidates.Add(ToCandidate(output, start, step, c, score));
                }

                if (score > bestScore)
                {
                    bestScore = score;
                    bestClass = c;
                }
            }

            if (!multiLabel && bestClass >= 0 && bestScore >= scoreThreshold)
            {
                candidates.Add(ToCandidate(output, start, step, bestClass, bestScore));
            }
        }

        return candidates;
    }

    private static Candidate ToCandidate(ReadOnlySpan<float> output, int start, int step, int classId, float score)
    {
        float cx = output[start];
        float cy = output[start + step];
        float halfW = output[start + (2 * step)] / 2f;
        float halfH = output[start + (3 * step)] / 2f;
        return new Candidate(classId, score, cx - halfW, cy - halfH, cx + halfW, cy + halfH);
    }

    /// <summary>Greedy NMS within each class: best score first, overlaps above <paramref name="iouThreshold"/> dropped.</summary>
    public static List<Candidate> SuppressPerClass(IReadOnlyList<Candidate> candidates, float iouThreshold)
    {
        var kept = new List<Candidate>();
        foreach (var group in candidates.GroupBy(c => c.ClassId))
        {
            var ordered = group.OrderByDescending(c => c.Score).ToList();
            var keptInClass = new List<Candidate>();
            foreach (var candidate in ordered)
            {
                if (keptInClass.TrueForAll(k => IntersectionOverUnion(k, candidate) <= iouThreshold))
                {
                    keptInClass.Add(candidate);
                }
            }

            kept.AddRange(keptInClass);
        }

        kept.Sort((a, b) => b.Score.CompareTo(a.Score));
        return kept;
    }

    public static float IntersectionOverUnion(Candidate a, Candidate b)
    {
        float width = Math.Min(a.X2, b.X2) - Math.Max(a.X1, b.X1);
        float height = Math.Min(a.Y2, b.Y2) - Math.Max(a.Y1, b.Y1);
        if (width <= 0 || height <= 0)
        {
            return 0f;
        }

        float intersection = width * height;
        float union = ((a.X2 - a.X1) * (a.Y2 - a.Y1)) + ((b.X2 - b.X1) * (b.Y2 - b.Y1)) - intersection;
        return union <= 0 ? 0f : intersection / union;
    }

    /// <summary>Maps a model-input box to original image pixels, clipped to the image.</summary>
    public static PixelBox ToImage(Candidate candidate, Letterbox letterbox, int imageWidth, int imageHeight) => new(
        Math.Clamp(letterbox.ToImageX(candidate.X1), 0, imageWidth),
        Math.Clamp(letterbox.ToImageY(candidate.Y1), 0, imageHeight),
        Math.Clamp(letterbox.ToImageX(candidate.X2), 0, imageWidth),
        Math.Clamp(letterbox.ToImageY(candidate.Y2), 0, imageHeight));
}
