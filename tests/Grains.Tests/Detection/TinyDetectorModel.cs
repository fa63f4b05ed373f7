using DroneInspect.Vision.Tests.Detection;
using OpenCvSharp;

namespace DroneInspect.Grains.Tests.Detection;

/// <summary>
/// A folder holding a tiny ONNX detector (built by <see cref="TinyOnnxModel"/>, 64x64 input) that always finds the same
/// boxes, its model.json naming the classes, and a plain grey JPEG to run it on. Removed on dispose.
/// </summary>
internal sealed class TinyDetectorModel : IDisposable
{
    public const int InputSide = 64;

    /// <param name="classNames">Written to model.json.</param>
    /// <param name="boxes">Per box: centre and size in model-input pixels (64x64, letterboxed) and its class index (score 0.9).</param>
    public TinyDetectorModel(string[] classNames, params (float Cx, float Cy, float W, float H, int ClassId)[] boxes)
    {
        Folder = Directory.CreateTempSubdirectory("di-detector-").FullName;
        int channels = 4 + classNames.Length;
        var planted = new float[channels * boxes.Length];
        for (int i = 0; i < boxes.Length; i++)
        {
            var b = boxes[i];
            planted[i] = b.Cx;
            planted[boxes.Length + i] = b.Cy;
            planted[(2 * boxes.Length) + i] = b.W;
            planted[(3 * boxes.Length) + i] = b.H;
            planted[((4 + b.ClassId) * boxes.Length) + i] = 0.9f;
        }

        ModelPath = TinyOnnxModel.WriteTo(Folder, TinyOnnxModel.Build(InputSide, [1, channels, boxes.Length], planted));
        var names = string.Join(", ", classNames.Select(n => $"\"{n}\""));
        File.WriteAllText(Path.Combine(Folder, "model.json"), $$"""{"names": [{{names}}]}""");
    }

    public string Folder { get; }

    public string ModelPath { get; }

    /// <summary>Writes a grey JPEG of the given size into the folder and returns its path.</summary>
    public string WriteImage(string name, int widthPixels, int heightPixels)
    {
        var path = Path.Combine(Folder, name);
        using var image = new Mat(heightPixels, widthPixels, MatType.CV_8UC3, Scalar.All(100));
        Cv2.ImWrite(path, image);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
