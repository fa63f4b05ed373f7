using System.Runtime.InteropServices;
using DroneInspect.Synthetic.Rendering;
using OpenCvSharp;

namespace DroneInspect.Synthetic.Dataset;

/// <summary>
/// Renders the detector's training and evaluation images: one random scene and viewpoint per seed, drawn by the sample
/// flight's RGB renderer (with random exposure and tint) or its thermal renderer (with a random false-colour palette),
/// with exact boxes projected from each object's 3-D extent. The same seed always gives the same sample.
/// </summary>
public sealed class DetectionDatasetRenderer
{
    /// <summary>Fraction of samples that are thermal renderings.</summary>
    public const double ThermalFraction = 0.2;

    private static readonly ColormapTypes[] Palettes = [ColormapTypes.Inferno, ColormapTypes.Hot, ColormapTypes.Jet, ColormapTypes.Bone];

    /// <param name="sizePixels">Square image side, pixels (the model's input size).</param>
    public DetectionDatasetRenderer(int sizePixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sizePixels, 32);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sizePixels, 4096);
        SizePixels = sizePixels;
    }

    public int SizePixels { get; }

    public DetectionSample Render(int seed)
    {
        var random = new Random(seed);
        var scene = DatasetScene.Build(random);
        var projector = DatasetCamera.Create(scene, random, SizePixels);
        bool thermal = random.NextDouble() < ThermalFraction;
        byte[] rgb = thermal ? RenderThermal(scene, projector, random, seed) : RenderRgb(scene, projector, random, seed);
        var boxes = new List<DetectionBox>();
        foreach (var obj in scene.Objects)
        {
            if (thermal && DetectionClasses.IsVisualDefect(obj.ClassId))
            {
                continue;
            }

            if (BoxProjector.Project(obj, projector) is DetectionBox box)
            {
                boxes.Add(box);
            }
        }

        return new DetectionSample(seed, SizePixels, rgb, thermal, boxes);
    }

    private byte[] RenderRgb(DatasetScene scene, Camera.PinholeProjector projector, Random random, int seed)
    {
        using var bgr = RgbRenderer.Render(scene.Model, projector, seed);
        var pixels = new byte[SizePixels * SizePixels * 3];
        Marshal.Copy(bgr.Data, pixels, 0, pixels.Length);
        double gain = 0.65 + 0.65 * random.NextDouble(), bias = (random.NextDouble() - 0.5) * 50;
        Span<double> channelGain = [gain * (0.92 + 0.16 * random.NextDouble()), gain * (0.92 + 0.16 * random.NextDouble()),
            gain * (0.92 + 0.16 * random.NextDouble())];
        var rgb = new byte[pixels.Length];
        for (int i = 0; i < pixels.Length; i += 3)
        {
            // BGR in, RGB out.
            rgb[i] = ToByte(pixels[i + 2] * channelGain[0] + bias);
            rgb[i + 1] = ToByte(pixels[i + 1] * channelGain[1] + bias);
            rgb[i + 2] = ToByte(pixels[i] * channelGain[2] + bias);
        }

        return rgb;
    }

    private byte[] RenderThermal(DatasetScene scene, Camera.PinholeProjector projector, Random random, int seed)
    {
        float[] field = ThermalRenderer.Render(scene.Model, projector, seed);
        var sorted = (float[])field.Clone();
        Array.Sort(sorted);
        float lo = sorted[(int)(0.01 * (sorted.Length - 1))], hi = sorted[(int)(0.995 * (sorted.Length - 1))];
        float scale = 255f / Math.Max(1f, hi - lo);
        var gray = new byte[field.Length];
        for (int i = 0; i < field.Length; i++)
        {
            gray[i] = ToByte((field[i] - lo) * scale);
        }

        using var grayMat = new Mat(SizePixels, SizePixels, MatType.CV_8UC1);
        Marshal.Copy(gray, 0, grayMat.Data, gray.Length);
        using var colour = new Mat();
        Cv2.ApplyColorMap(grayMat, colour, Palettes[random.Next(Palettes.Length)]);
        Cv2.CvtColor(colour, colour, ColorConversionCodes.BGR2RGB);
        var rgb = new byte[SizePixels * SizePixels * 3];
        Marshal.Copy(colour.Data, rgb, 0, rgb.Length);
        return rgb;
    }

    private static byte ToByte(double v) => (byte)Math.Clamp((int)Math.Round(v), 0, 255);
}
