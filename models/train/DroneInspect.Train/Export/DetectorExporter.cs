using System.Globalization;
using DroneInspect.Synthetic.Dataset;
using DroneInspect.Train.Model;
using TorchSharp.Modules;

namespace DroneInspect.Train.Export;

/// <summary>
/// Writes the inference graph of a <see cref="TinyDetector"/> (batch norm folded into the convolutions) as ONNX opset 17,
/// output "output0" [batch, 4 + nc, N] in the YOLOv8 layout, with Ultralytics-style metadata.
/// </summary>
public static class DetectorExporter
{
    public const long Opset = 17;
    public const string InputName = "images";
    public const string OutputName = "output0";

    public static byte[] Export(TinyDetector model)
    {
        model.eval();
        var g = new OnnxGraph();
        int size = model.InputSize, nc = model.ClassCount;
        var boxes = new List<string>();
        var classes = new List<string>();
        string shape4 = g.Int64s("shape_box", [0, 4, -1]);
        string shapeC = g.Int64s("shape_cls", [0, nc, -1]);
        var (fine, features) = TinyDetector.RunBackbone(InputName, model.Backbone.Count,
            (i, x) => ConvSilu(g, model.Backbone[i], $"backbone{i}", x));

        string scales = g.Floats("upsample_scales", [4], [1, 1, 2, 2]);
        for (int level = features.Length - 2; level >= 0; level--)
        {
            string lateral = Conv1x1(g, model.TopDown[level], $"topdown{level}", features[level + 1]);
            features[level] = g.Node("Add", [features[level], Upsample(g, lateral, scales)]);
        }

        fine = g.Node("Add", [fine, Upsample(g, Conv1x1(g, model.FineLateral, "fine_lateral", features[0]), scales)]);
        AddHead(g, model.FineHead, model.FineBox, model.FineClass, "fine", fine);
        for (int level = 0; level < features.Length; level++)
        {
            AddHead(g, model.Heads[level], model.BoxOutputs[level], model.ClassOutputs[level], level.ToString(CultureInfo.InvariantCulture), features[level]);
        }

        void AddHead(OnnxGraph graph, ConvBnSilu head, Conv2d boxConv, Conv2d clsConv, string name, string input)
        {
            string h = ConvSilu(graph, head, $"head_{name}", input);
            boxes.Add(graph.Node("Reshape", [Conv1x1(graph, boxConv, $"box_{name}", h), shape4]));
            classes.Add(graph.Node("Reshape", [Conv1x1(graph, clsConv, $"cls_{name}", h), shapeC]));
        }

        var axis2 = new Dictionary<string, long[]> { ["axis"] = [2] };
        string rawBox = g.Node("Concat", [.. boxes], axis2);
        string rawCls = g.Node("Concat", [.. classes], axis2);
        var (_, _, strides) = DecodeGrid.CellTable(size);
        string ltrb = g.Node("Mul", [g.Node("Softplus", [rawBox]), g.Floats("cell_stride", [1, 1, strides.Length], strides)]);
        string offsets = g.Node("MatMul", [g.Floats("ltrb_to_xywh", [4, 4], DecodeGrid.LtrbToXywhValues), ltrb]);
        string xywh = g.Node("Add", [offsets, g.Floats("cell_centres", [1, 4, strides.Length], DecodeGrid.GridValues(size))]);
        string scores = g.Node("Sigmoid", [rawCls]);
        g.Node("Concat", [xywh, scores], new Dictionary<string, long[]> { ["axis"] = [1] }, OutputName);
        string s = size.ToString(CultureInfo.InvariantCulture);
        return g.ToModel("droneinspect_default_detector", InputName, ["batch", "3", s, s], OutputName,
            ["batch", (4 + nc).ToString(CultureInfo.InvariantCulture), strides.Length.ToString(CultureInfo.InvariantCulture)], Opset,
            Metadata(size));
    }

    /// <summary>Ultralytics-style metadata: names as a Python dict string, stride, imgsz, task.</summary>
    public static Dictionary<string, string> Metadata(int size) => new()
    {
        ["names"] = "{" + string.Join(", ", DetectionClasses.Names.Select((n, i) => $"{i}: '{n}'")) + "}",
        ["stride"] = TinyDetector.Strides.Max().ToString(CultureInfo.InvariantCulture),
        ["imgsz"] = $"[{size}, {size}]",
        ["task"] = "detect",
        ["description"] = "DroneInspect default detector: power-line components and visual defects, trained on synthetic scenes",
        ["author"] = "DroneInspect (models/train/DroneInspect.Train)",
    };

    /// <summary>Resize with its default modes (nearest, half_pixel, round_prefer_floor): at scale 2 output pixel i reads input i / 2.</summary>
    private static string Upsample(OnnxGraph g, string input, string scales) => g.Node("Resize", [input, "", scales]);

    private static string ConvSilu(OnnxGraph g, ConvBnSilu block, string name, string input)
    {
        var (w, b) = block.Folded();
        string conv = g.Node("Conv",
            [input, g.Floats(name + ".weight", [block.OutChannels, block.InChannels, block.Kernel, block.Kernel], w), g.Floats(name + ".bias", [block.OutChannels], b)],
            ConvAttributes(block.Kernel, block.Stride));
        return g.Node("Mul", [conv, g.Node("Sigmoid", [conv])]);
    }

    private static string Conv1x1(OnnxGraph g, Conv2d conv, string name, string input)
    {
        float[] w = conv.weight!.contiguous().data<float>().ToArray();
        float[] b = conv.bias!.contiguous().data<float>().ToArray();
        long outC = conv.weight.shape[0], inC = conv.weight.shape[1];
        return g.Node("Conv", [input, g.Floats(name + ".weight", [outC, inC, 1, 1], w), g.Floats(name + ".bias", [outC], b)],
            ConvAttributes(1, 1));
    }

    private static Dictionary<string, long[]> ConvAttributes(int kernel, int stride) => new()
    {
        ["kernel_shape"] = [kernel, kernel],
        ["strides"] = [stride, stride],
        ["pads"] = [kernel / 2, kernel / 2, kernel / 2, kernel / 2],
    };
}
