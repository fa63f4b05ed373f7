using System.Runtime.InteropServices;
using System.Text.Json;
using DroneInspect.Vision.Detection;
using OpenCvSharp;

namespace DroneInspect.Bench.Vision;

/// <summary>
/// The detector's input tensors for a set of images, letterboxed exactly as <see cref="OnnxDetector"/> does, kept in memory
/// and written as float32 little-endian (image after image, NCHW) with a JSON description, so onnxruntime-node runs the same bytes.
/// </summary>
internal sealed record TensorFile(float[] Data, int Images, int Width, int Height, string InputName, string OutputName)
{
    public const int Channels = 3;

    public int PerImage => Channels * Width * Height;

    public static TensorFile Prepare(IReadOnlyList<string> images, int width, int height, string inputName, string outputName)
    {
        var data = new float[images.Count * Channels * width * height];
        for (int i = 0; i < images.Count; i++)
        {
            using var bgr = Cv2.ImRead(images[i], ImreadModes.Color);
            if (bgr.Empty())
            {
                throw new BenchException($"Cannot read image {images[i]}.");
            }

            Letterbox.Fit(bgr.Width, bgr.Height, width, height)
                .Fill(bgr, width, height, data.AsSpan(i * Channels * width * height, Channels * width * height));
        }

        return new TensorFile(data, images.Count, width, height, inputName, outputName);
    }

    public (string Tensors, string Meta) Write(string folder)
    {
        string tensors = Path.Combine(folder, "tensors.bin");
        string meta = Path.Combine(folder, "tensors.json");
        if (!BitConverter.IsLittleEndian)
        {
            throw new BenchException("The tensor file is written little-endian; this machine is big-endian.");
        }

        File.WriteAllBytes(tensors, MemoryMarshal.AsBytes(Data.AsSpan()).ToArray());
        File.WriteAllText(meta, JsonSerializer.Serialize(new
        {
            images = Images,
            channels = Channels,
            height = Height,
            width = Width,
            inputName = InputName,
            outputName = OutputName,
        }));
        return (tensors, meta);
    }
}

internal sealed class BenchException(string message) : Exception(message);
