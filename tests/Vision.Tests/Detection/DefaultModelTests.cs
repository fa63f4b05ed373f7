using System.Runtime.InteropServices;
using DroneInspect.Synthetic.Dataset;
using DroneInspect.Vision.Detection;
using DroneInspect.Vision.Thermal;
using Microsoft.ML.OnnxRuntime;
using OpenCvSharp;

namespace DroneInspect.Vision.Tests.Detection;

public sealed class DefaultModelTests
{
    /// <summary>The input side and output strides the export wrote into model.json beside the model (the graph must agree).</summary>
    private static readonly (int InputSize, int[] Strides) Sidecar = ReadSidecar();

    private static int InputSize => Sidecar.InputSize;

    [Fact]
    public void DefaultModelHasTheYoloV8LayoutAndTheDatasetClassNames()
    {
        using var session = new InferenceSession(DefaultModel.Path);
        var output = session.OutputMetadata.Single();
        int cells = Sidecar.Strides.Sum(stride => (InputSize / stride) * (InputSize / stride));
        Assert.Equal([-1, 4 + DetectionClasses.Names.Count, cells], output.Value.Dimensions);
        Assert.Equal("detect", session.ModelMetadata.CustomMetadataMap["task"]);

        using var detector = new OnnxDetector(DefaultModel.Path);
        Assert.Equal(DetectionClasses.Names, detector.ClassNames);
        Assert.Equal(InputSize, detector.InputWidth);
        Assert.Equal(InputSize, detector.InputHeight);
    }

    [Fact]
    public void DefaultModelFindsThePoleInHeldOutCloseUps()
    {
        using var detector = new OnnxDetector(DefaultModel.Path, new DetectorOptions { IntraOpThreads = 1 });
        var renderer = new DetectionDatasetRenderer(InputSize);
        int tried = 0, found = 0;
        for (int seed = DetectionClasses.EvaluationSeedStart; tried < 6; seed++)
        {
            var sample = renderer.Render(seed);
            var poles = sample.Boxes.Where(b => b.ClassId == DetectionClasses.Pole && b.HeightPixels > 100).ToList();
            if (sample.IsThermal || poles.Count == 0)
            {
                continue;
            }

            tried++;
            using var bgr = ToBgr(sample);
            var detections = detector.Detect(bgr);
            if (detections.Any(d => d.ClassName == "pole" && poles.Any(p => Iou(d.Box, p) >= 0.5)))
            {
                found++;
            }
        }

        Assert.True(found >= 5, $"The pole was found in {found} of {tried} held-out close-ups.");
    }

    [Fact]
    public void DefaultModelSeesNothingConfidentInAnEmptySky()
    {
        using var detector = new OnnxDetector(DefaultModel.Path, new DetectorOptions { IntraOpThreads = 1, ScoreThreshold = 0.5f });
        using var sky = new Mat(InputSize, InputSize, MatType.CV_8UC3, new Scalar(225, 205, 160));
        Assert.Empty(detector.Detect(sky));
    }

    private static (int InputSize, int[] Strides) ReadSidecar()
    {
        string sidecar = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(DefaultModel.Path)!, ModelClassNames.SidecarFileName);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(sidecar));
        var root = json.RootElement;
        return (root.GetProperty("inputSize").GetInt32(), root.GetProperty("strides").EnumerateArray().Select(s => s.GetInt32()).ToArray());
    }

    private static Mat ToBgr(DetectionSample sample)
    {
        var mat = new Mat(sample.SizePixels, sample.SizePixels, MatType.CV_8UC3);
        Marshal.Copy(sample.Rgb, 0, mat.Data, sample.Rgb.Length);
        Cv2.CvtColor(mat, mat, ColorConversionCodes.RGB2BGR);
        return mat;
    }

    private static double Iou(PixelBox a, DetectionBox b)
    {
        double iw = Math.Max(0, Math.Min(a.X2, b.X2) - Math.Max(a.X1, b.X1));
        double ih = Math.Max(0, Math.Min(a.Y2, b.Y2) - Math.Max(a.Y1, b.Y1));
        double inter = iw * ih;
        return inter / ((a.X2 - a.X1) * (a.Y2 - a.Y1) + b.WidthPixels * b.HeightPixels - inter);
    }
}
