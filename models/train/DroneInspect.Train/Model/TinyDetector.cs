using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DroneInspect.Train.Model;

/// <summary>
/// A small anchor-free YOLOv8-style detector: a plain conv-BN-SiLU backbone and one head per stride (8, 16, 32),
/// each predicting per cell a box as distances (left, top, right, bottom) = softplus(raw) * stride from the cell
/// centre, and class logits. Inference output is [batch, 4 + nc, N]: cx, cy, w, h in input pixels, then class
/// scores after sigmoid, cells ordered level by level, row-major.
/// </summary>
public sealed class TinyDetector : nn.Module<Tensor, Tensor>
{
    public static readonly int[] Strides = [8, 16, 32];

    private readonly ModuleList<ConvBnSilu> backbone = new();
    private readonly ModuleList<ConvBnSilu> heads = new();
    private readonly ModuleList<Conv2d> boxOut = new();
    private readonly ModuleList<Conv2d> clsOut = new();

    public TinyDetector(int classCount, int inputSize) : base("TinyDetector")
    {
        ClassCount = classCount;
        InputSize = inputSize;
        // (in, out, stride) per backbone layer; outputs after layers 4, 6, 8 feed the stride 8, 16, 32 heads.
        (int In, int Out, int Stride)[] layers =
            [(3, 16, 2), (16, 32, 2), (32, 32, 1), (32, 64, 2), (64, 64, 1), (64, 96, 2), (96, 96, 1), (96, 128, 2), (128, 128, 1)];
        for (int i = 0; i < layers.Length; i++)
        {
            backbone.Add(new ConvBnSilu($"b{i}", layers[i].In, layers[i].Out, 3, layers[i].Stride));
        }

        foreach (int c in FeatureChannels)
        {
            heads.Add(new ConvBnSilu($"h{heads.Count}", c, c, 3, 1));
            boxOut.Add(nn.Conv2d(c, 4, 1));
            var cls = nn.Conv2d(c, classCount, 1);
            using (no_grad())
            {
                cls.bias!.fill_(-4.6); // prior 1 % so the early class loss is not swamped by background cells
            }

            clsOut.Add(cls);
        }

        RegisterComponents();
    }

    /// <summary>Backbone layer indices whose outputs feed the heads.</summary>
    public static readonly int[] FeatureLayers = [4, 6, 8];

    public static readonly int[] FeatureChannels = [64, 96, 128];

    public int ClassCount { get; }

    public int InputSize { get; }

    public IList<ConvBnSilu> Backbone => backbone;

    public IList<ConvBnSilu> Heads => heads;

    public IList<Conv2d> BoxOutputs => boxOut;

    public IList<Conv2d> ClassOutputs => clsOut;

    /// <summary>Cells per level for this input size.</summary>
    public int[] CellsPerSide => Strides.Select(s => InputSize / s).ToArray();

    /// <summary>Raw outputs concatenated over levels: box [B, 4, N] before softplus, class logits [B, nc, N].</summary>
    public (Tensor Box, Tensor Cls) ForwardRaw(Tensor images)
    {
        var boxes = new List<Tensor>();
        var classes = new List<Tensor>();
        var x = images;
        int level = 0;
        for (int i = 0; i < backbone.Count; i++)
        {
            x = backbone[i].forward(x);
            if (level < FeatureLayers.Length && i == FeatureLayers[level])
            {
                var h = heads[level].forward(x);
                long batch = h.shape[0];
                boxes.Add(boxOut[level].forward(h).reshape(batch, 4, -1));
                classes.Add(clsOut[level].forward(h).reshape(batch, ClassCount, -1));
                level++;
            }
        }

        return (cat(boxes, 2), cat(classes, 2));
    }

    /// <summary>The inference output, exactly what the exported ONNX graph computes.</summary>
    public override Tensor forward(Tensor images)
    {
        var (box, cls) = ForwardRaw(images);
        var grid = DecodeGrid.Centres(InputSize).to(box.dtype);
        var stride = DecodeGrid.StridePerCell(InputSize).to(box.dtype);
        var ltrb = nn.functional.softplus(box) * stride;
        var xywh = matmul(DecodeGrid.LtrbToXywh().to(box.dtype), ltrb) + grid;
        return cat([xywh, sigmoid(cls)], 1);
    }
}
