using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DroneInspect.Train.Model;

/// <summary>
/// A small anchor-free YOLOv8-style detector: a plain conv-BN-SiLU backbone, a top-down path that adds each deeper
/// feature map (1x1 conv, nearest 2x upsampling) to the next shallower one, and one head per stride (4, 8, 16, 32). Each
/// head predicts per cell a box as distances (left, top, right, bottom) = softplus(raw) * stride from the cell centre,
/// and class logits. Inference output is [batch, 4 + nc, N]: cx, cy, w, h in input pixels, then class scores after
/// sigmoid, cells ordered level by level (finest first), row-major.
/// </summary>
/// <remarks>
/// The stride-4 level and the top-down path came after the first three training runs. Their 1x1 convs into the
/// stride-8 and stride-16 maps start at zero, so a checkpoint of the plain network loads into this one and computes the
/// same boxes at those levels until training moves them (<see cref="Training.Trainer"/>).
/// </remarks>
public sealed class TinyDetector : nn.Module<Tensor, Tensor>
{
    /// <summary>Output levels in order: the stride-4 level, then the levels of <see cref="FeatureLayers"/>.</summary>
    public static readonly int[] Strides = [4, 8, 16, 32];

    /// <summary>Backbone layer whose output (stride 4) the finest level starts from.</summary>
    public const int FineLayer = 2;

    public const int FineChannels = 32;

    /// <summary>Backbone layer indices whose outputs feed the stride 8, 16, 32 heads.</summary>
    public static readonly int[] FeatureLayers = [4, 6, 8];

    public static readonly int[] FeatureChannels = [64, 96, 128];

    private static readonly double[] Upsample2x = [2.0, 2.0];

    // Held for the process's life, like the loss's scalars: the + operator would make an implicit Scalar per call that the
    // GC can finalise while libtorch still reads it (a fault in add_Tensor during run 4, resumed by --continue).
    private static readonly Scalar One = 1.0.ToScalar();

    /// <summary>Explicit, so the scalar above is made when the first network is constructed, outside any dispose scope.</summary>
    static TinyDetector()
    {
    }

    private readonly ModuleList<ConvBnSilu> backbone = new();
    private readonly ModuleList<ConvBnSilu> heads = new();
    private readonly ModuleList<Conv2d> boxOut = new();
    private readonly ModuleList<Conv2d> clsOut = new();
    private readonly ModuleList<Conv2d> topDown = new();
    private readonly Conv2d fineLateral;
    private readonly ConvBnSilu fineHead;
    private readonly Conv2d fineBox;
    private readonly Conv2d fineCls;

    public TinyDetector(int classCount, int inputSize) : base("TinyDetector")
    {
        ClassCount = classCount;
        InputSize = inputSize;
        // (in, out, stride) per backbone layer.
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
            clsOut.Add(ClassOutput(c, classCount, -4.6)); // prior 1 % so the early class loss is not swamped by background cells
        }

        // topDown[i] takes level i + 1's map to level i's channels.
        for (int i = 0; i + 1 < FeatureChannels.Length; i++)
        {
            var conv = nn.Conv2d(FeatureChannels[i + 1], FeatureChannels[i], 1);
            using (no_grad())
            {
                conv.weight!.zero_();
                conv.bias!.zero_();
            }

            topDown.Add(conv);
        }

        fineLateral = nn.Conv2d(FeatureChannels[0], FineChannels, 1);
        fineHead = new ConvBnSilu("fineHead", FineChannels, FineChannels, 3, 1);
        fineBox = nn.Conv2d(FineChannels, 4, 1);
        fineCls = ClassOutput(FineChannels, classCount, -8.0); // 9216 cells at 384 px: a lower prior keeps their start quiet
        RegisterComponents();
    }

    public int ClassCount { get; }

    public int InputSize { get; }

    public IList<ConvBnSilu> Backbone => backbone;

    /// <summary>Heads of the stride 8, 16, 32 levels.</summary>
    public IList<ConvBnSilu> Heads => heads;

    public IList<Conv2d> BoxOutputs => boxOut;

    public IList<Conv2d> ClassOutputs => clsOut;

    /// <summary>TopDown[i] maps the stride 8 * 2^(i+1) map to the channels of the stride 8 * 2^i one.</summary>
    public IList<Conv2d> TopDown => topDown;

    public Conv2d FineLateral => fineLateral;

    public ConvBnSilu FineHead => fineHead;

    public Conv2d FineBox => fineBox;

    public Conv2d FineClass => fineCls;

    /// <summary>Cells per level for this input size.</summary>
    public int[] CellsPerSide => Strides.Select(s => InputSize / s).ToArray();

    /// <summary>Raw outputs concatenated over levels: box [B, 4, N] before softplus, class logits [B, nc, N].</summary>
    public (Tensor Box, Tensor Cls) ForwardRaw(Tensor images)
    {
        var (fine, features) = RunBackbone(images, backbone.Count, (i, x) => backbone[i].forward(x));

        for (int level = features.Length - 2; level >= 0; level--)
        {
            features[level] = features[level].add(Up(topDown[level].forward(features[level + 1])), One);
        }

        fine = fine.add(Up(fineLateral.forward(features[0])), One);
        var boxes = new List<Tensor>();
        var classes = new List<Tensor>();
        var h = fineHead.forward(fine);
        long batch = h.shape[0];
        boxes.Add(fineBox.forward(h).reshape(batch, 4, -1));
        classes.Add(fineCls.forward(h).reshape(batch, ClassCount, -1));
        for (int level = 0; level < features.Length; level++)
        {
            h = heads[level].forward(features[level]);
            boxes.Add(boxOut[level].forward(h).reshape(batch, 4, -1));
            classes.Add(clsOut[level].forward(h).reshape(batch, ClassCount, -1));
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

    /// <summary>
    /// Walks the backbone with <paramref name="layer"/> (the network, its ONNX graph, or its map sizes) and returns the
    /// outputs the heads read: the stride-4 map of <see cref="FineLayer"/> and the maps of <see cref="FeatureLayers"/>.
    /// </summary>
    public static (T Fine, T[] Features) RunBackbone<T>(T input, int layers, Func<int, T, T> layer)
    {
        T fine = input;
        var features = new T[FeatureLayers.Length];
        var x = input;
        for (int i = 0; i < layers; i++)
        {
            x = layer(i, x);
            fine = i == FineLayer ? x : fine;
            int level = Array.IndexOf(FeatureLayers, i);
            if (level >= 0)
            {
                features[level] = x;
            }
        }

        return (fine, features);
    }

    /// <summary>Nearest-neighbour 2x upsampling (ONNX Resize with its default modes computes the same).</summary>
    private static Tensor Up(Tensor x) => nn.functional.interpolate(x, scale_factor: Upsample2x, mode: InterpolationMode.Nearest);

    private static Conv2d ClassOutput(int channels, int classCount, double priorLogit)
    {
        var cls = nn.Conv2d(channels, classCount, 1);
        using (no_grad())
        {
            cls.bias!.fill_(priorLogit);
        }

        return cls;
    }
}
