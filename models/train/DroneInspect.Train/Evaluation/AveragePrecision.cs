namespace DroneInspect.Train.Evaluation;

/// <summary>One scored detection of a class, already matched: true positive or not.</summary>
public readonly record struct ScoredMatch(float Score, bool TruePositive);

/// <summary>VOC-style average precision with all-point interpolation (the area under the monotone precision envelope).</summary>
public static class AveragePrecision
{
    /// <returns>AP in [0, 1]; NaN when the class has no ground truth.</returns>
    public static double Compute(IEnumerable<ScoredMatch> matches, int groundTruthCount)
    {
        if (groundTruthCount == 0)
        {
            return double.NaN;
        }

        var ordered = matches.OrderByDescending(m => m.Score).ToList();
        var recall = new double[ordered.Count + 2];
        var precision = new double[ordered.Count + 2];
        int tp = 0;
        for (int i = 0; i < ordered.Count; i++)
        {
            tp += ordered[i].TruePositive ? 1 : 0;
            recall[i + 1] = (double)tp / groundTruthCount;
            precision[i + 1] = (double)tp / (i + 1);
        }

        recall[^1] = recall[^2];
        for (int i = precision.Length - 2; i >= 0; i--)
        {
            precision[i] = Math.Max(precision[i], precision[i + 1]);
        }

        double ap = 0;
        for (int i = 1; i < recall.Length; i++)
        {
            ap += (recall[i] - recall[i - 1]) * precision[i];
        }

        return ap;
    }
}
