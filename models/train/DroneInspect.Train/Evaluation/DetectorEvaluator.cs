using System.Runtime.InteropServices;
using DroneInspect.Synthetic.Dataset;
using DroneInspect.Vision.Detection;
using OpenCvSharp;

namespace DroneInspect.Train.Evaluation;

/// <summary>mAP@0.5 per class and overall, plus ground-truth counts.</summary>
public sealed record EvaluationResult(IReadOnlyList<string> Classes, double[] ApPerClass, int[] GroundTruthPerClass, double MeanAp, int Images);

/// <summary>
/// Runs the shipped runtime (<see cref="OnnxDetector"/>) on held-out rendered images and scores it: detections sorted
/// by score match the unmatched ground truth of their class with the highest IoU, a match needs IoU at least 0.5.
/// </summary>
public static class DetectorEvaluator
{
    public const double IouThreshold = 0.5;

    /// <summary>Detections scored below this are not kept (the product's threshold is higher; AP wants the low tail).</summary>
    public const float ScoreThreshold = 0.01f;

    /// <summary>The runtime's default per-class NMS IoU (<see cref="DetectorOptions.IouThreshold"/>).</summary>
    public static readonly float ProductNmsIou = DetectorOptions.Default.IouThreshold;

    /// <param name="nmsIou">Per-class NMS IoU: the product's 0.45 by default; Ultralytics' validation uses 0.7.</param>
    /// <param name="report">Also fed every image's boxes and detections, when given.</param>
    public static EvaluationResult Evaluate(string modelPath, int firstSeed, int count, float nmsIou, TextWriter log, LocalizationReport? report = null)
    {
        var options = new DetectorOptions { ScoreThreshold = ScoreThreshold, IouThreshold = nmsIou, IntraOpThreads = 2, Log = log.WriteLine };
        using var detector = new OnnxDetector(modelPath, options);
        var renderer = new DetectionDatasetRenderer(detector.InputWidth);
        int nc = DetectionClasses.Names.Count;
        var matches = Enumerable.Range(0, nc).Select(_ => new List<ScoredMatch>()).ToArray();
        var gtCount = new int[nc];
        for (int s = 0; s < count; s++)
        {
            var sample = renderer.Render(firstSeed + s);
            using var bgr = ToBgr(sample);
            var detections = detector.Detect(bgr);
            report?.Add(sample.Boxes, detections);
            foreach (var box in sample.Boxes)
            {
                gtCount[box.ClassId]++;
            }

            for (int c = 0; c < nc; c++)
            {
                var truth = sample.Boxes.Where(b => b.ClassId == c).ToList();
                var used = new bool[truth.Count];
                foreach (var d in detections.Where(d => d.ClassId == c).OrderByDescending(d => d.Score))
                {
                    int best = -1;
                    double bestIou = IouThreshold;
                    for (int t = 0; t < truth.Count; t++)
                    {
                        double iou = Iou(d.Box.X1, d.Box.Y1, d.Box.X2, d.Box.Y2, truth[t]);
                        if (!used[t] && iou >= bestIou)
                        {
                            best = t;
                            bestIou = iou;
                        }
                    }

                    if (best >= 0)
                    {
                        used[best] = true;
                    }

                    matches[c].Add(new ScoredMatch(d.Score, best >= 0));
                }
            }
        }

        var ap = Enumerable.Range(0, nc).Select(c => AveragePrecision.Compute(matches[c], gtCount[c])).ToArray();
        double mean = ap.Where(a => !double.IsNaN(a)).DefaultIfEmpty(0).Average();
        return new EvaluationResult(DetectionClasses.Names, ap, gtCount, mean, count);
    }

    /// <summary>The sample's RGB bytes as an 8-bit BGR image (what the detector takes); the caller disposes it.</summary>
    public static Mat ToBgr(DetectionSample sample)
    {
        var mat = new Mat(sample.SizePixels, sample.SizePixels, MatType.CV_8UC3);
        Marshal.Copy(sample.Rgb, 0, mat.Data, sample.Rgb.Length);
        Cv2.CvtColor(mat, mat, ColorConversionCodes.RGB2BGR);
        return mat;
    }

    public static double Iou(float x1, float y1, float x2, float y2, DetectionBox t)
    {
        double iw = Math.Max(0, Math.Min(x2, t.X2) - Math.Max(x1, t.X1));
        double ih = Math.Max(0, Math.Min(y2, t.Y2) - Math.Max(y1, t.Y1));
        double inter = iw * ih;
        double union = (x2 - x1) * (y2 - y1) + t.WidthPixels * t.HeightPixels - inter;
        return union <= 0 ? 0 : inter / union;
    }
}
