using DroneInspect.Train.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace DroneInspect.Train.Training;

/// <summary>
/// Loss = BCE over every cell's class logits (summed, divided by the positive count; a positive's target is the IoU
/// of its decoded box with its ground truth, every other target 0) + BoxWeight * mean (1 - GIoU) of the positive
/// cells' decoded boxes.
/// </summary>
public sealed class DetectionLoss(int inputSize, int classCount)
{
    // Scalars held for the process's life: a Scalar made implicitly from a number per call can be finalised by the GC
    // while libtorch still reads it (the faults "Unknown scalar type" / "Expected false to be true" at c10 Scalar.h).
    // Tensor operators still make their own (the alpha of add and sub), so a run can fault rarely; train --continue
    // resumes it (models/default/MODEL_CARD.md).
    private static readonly Scalar BoxWeight = 5.0.ToScalar();
    private static readonly Scalar Zero = 0.0.ToScalar();
    private static readonly Scalar One = 1.0.ToScalar();
    private static readonly Scalar Epsilon = 1e-6.ToScalar();

    /// <summary>Explicit, so the scalars above are made when the loss is constructed, outside any dispose scope.</summary>
    static DetectionLoss()
    {
    }
    private readonly (float[] X, float[] Y, float[] Stride) _cells = DecodeGrid.CellTable(inputSize);

    public (Tensor Total, float Cls, float Box) Compute(Tensor rawBox, Tensor rawCls, IReadOnlyList<PositiveCell> positives, int batch)
    {
        int n = _cells.X.Length;
        var clsTarget = new float[batch * classCount * n];
        if (positives.Count == 0)
        {
            var background = ClassLoss(rawCls, clsTarget, batch, 1);
            return (background, background.item<float>(), 0f);
        }

        var index = new long[positives.Count];
        var anchor = new float[positives.Count * 3];
        var gt = new float[positives.Count * 4];
        for (int i = 0; i < positives.Count; i++)
        {
            var p = positives[i];
            index[i] = (long)p.Image * n + p.Cell;
            anchor[3 * i] = _cells.X[p.Cell];
            anchor[3 * i + 1] = _cells.Y[p.Cell];
            anchor[3 * i + 2] = _cells.Stride[p.Cell];
            gt[4 * i] = p.Box.X1; gt[4 * i + 1] = p.Box.Y1; gt[4 * i + 2] = p.Box.X2; gt[4 * i + 3] = p.Box.Y2;
        }

        var flat = rawBox.permute(0, 2, 1).reshape(-1, 4).index_select(0, tensor(index));
        var a = tensor(anchor, [positives.Count, 3]);
        var ltrb = nn.functional.softplus(flat) * a[.., 2..3];
        var x1 = a[.., 0] - ltrb[.., 0];
        var y1 = a[.., 1] - ltrb[.., 1];
        var x2 = a[.., 0] + ltrb[.., 2];
        var y2 = a[.., 1] + ltrb[.., 3];
        var g = tensor(gt, [positives.Count, 4]);
        var (iou, giou) = IouAndGiou(x1, y1, x2, y2, g[.., 0], g[.., 1], g[.., 2], g[.., 3]);
        var boxLoss = giou.neg().add(One, One).mean();

        // IoU-aware class targets: a positive cell's target is the IoU its own box reaches (no gradient through it), so the
        // score ranks a class's boxes by how well they fit and NMS keeps the tighter of two overlapping ones.
        float[] quality = iou.detach().clamp(Zero, One).data<float>().ToArray();
        for (int i = 0; i < positives.Count; i++)
        {
            var p = positives[i];
            clsTarget[(p.Image * classCount + p.Box.ClassId) * n + p.Cell] = quality[i];
        }

        var clsLoss = ClassLoss(rawCls, clsTarget, batch, positives.Count);
        var total = clsLoss + boxLoss.mul(BoxWeight);
        return (total, clsLoss.item<float>(), boxLoss.item<float>());
    }

    /// <summary>BCE over every cell and class, summed and divided by the number of positives (at least 1).</summary>
    private Tensor ClassLoss(Tensor rawCls, float[] clsTarget, int batch, int positives)
    {
        var target = tensor(clsTarget, [batch, classCount, _cells.X.Length]);
        return nn.functional.binary_cross_entropy_with_logits(rawCls, target, reduction: nn.Reduction.Sum) / tensor((float)Math.Max(1, positives));
    }

    private static (Tensor Iou, Tensor Giou) IouAndGiou(Tensor ax1, Tensor ay1, Tensor ax2, Tensor ay2, Tensor bx1, Tensor by1, Tensor bx2, Tensor by2)
    {
        var iw = (minimum(ax2, bx2) - maximum(ax1, bx1)).clamp_min(Zero);
        var ih = (minimum(ay2, by2) - maximum(ay1, by1)).clamp_min(Zero);
        var inter = iw * ih;
        var union = ((ax2 - ax1) * (ay2 - ay1) + (bx2 - bx1) * (by2 - by1) - inter).add(Epsilon, One);
        var iou = inter / union;
        var hull = ((maximum(ax2, bx2) - minimum(ax1, bx1)) * (maximum(ay2, by2) - minimum(ay1, by1))).add(Epsilon, One);
        return (iou, iou - (hull - union) / hull);
    }
}
