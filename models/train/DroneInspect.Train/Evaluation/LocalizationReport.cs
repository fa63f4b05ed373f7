using System.Globalization;
using DroneInspect.Synthetic.Dataset;
using DroneInspect.Vision.Detection;

namespace DroneInspect.Train.Evaluation;

/// <summary>
/// Where a class's AP goes: for every ground-truth box, the best IoU any detection of its class reaches. Recall at IoU
/// 0.1 against 0.5 separates "not found" from "found but boxed too loosely", and boxes under 8 px on their short side
/// are counted apart (a 2 px error there halves the IoU).
/// </summary>
public sealed class LocalizationReport(int classCount)
{
    public static readonly double[] IouLevels = [0.1, 0.3, 0.5, 0.7];
    public const float SmallSidePixels = 8;

    private readonly List<double>[] _bestIou = Enumerable.Range(0, classCount).Select(_ => new List<double>()).ToArray();
    private readonly List<double>[] _bestIouSmall = Enumerable.Range(0, classCount).Select(_ => new List<double>()).ToArray();

    public void Add(IReadOnlyList<DetectionBox> truth, IReadOnlyList<Detection> detections)
    {
        foreach (var box in truth)
        {
            double best = detections.Where(d => d.ClassId == box.ClassId)
                .Select(d => DetectorEvaluator.Iou(d.Box.X1, d.Box.Y1, d.Box.X2, d.Box.Y2, box))
                .DefaultIfEmpty(0).Max();
            _bestIou[box.ClassId].Add(best);
            if (Math.Min(box.WidthPixels, box.HeightPixels) < SmallSidePixels)
            {
                _bestIouSmall[box.ClassId].Add(best);
            }
        }
    }

    public void Print(TextWriter log)
    {
        log.WriteLine($"recall of ground truth by best IoU of any detection of its class (score >= {DetectorEvaluator.ScoreThreshold.ToString(CultureInfo.InvariantCulture)}):");
        log.WriteLine("class            objects " + string.Concat(IouLevels.Select(l => string.Create(CultureInfo.InvariantCulture, $"  @{l:0.0}"))) + $"   short side < {SmallSidePixels} px: objects, recall @0.5");
        for (int c = 0; c < _bestIou.Length; c++)
        {
            var all = _bestIou[c];
            var small = _bestIouSmall[c];
            string recalls = string.Concat(IouLevels.Select(l => string.Create(CultureInfo.InvariantCulture, $"  {Recall(all, l),4:0.00}")));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{DetectionClasses.Names[c],-16} {all.Count,7} {recalls}   {small.Count,6}, {Recall(small, 0.5):0.00}"));
        }
    }

    private static double Recall(List<double> bestIous, double level) =>
        bestIous.Count == 0 ? double.NaN : bestIous.Count(i => i >= level) / (double)bestIous.Count;
}
