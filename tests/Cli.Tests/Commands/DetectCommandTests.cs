using System.Text.Json;
using DroneInspect.Cli.Tests.Support;
using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Vision.Tests.Detection;
using OpenCvSharp;

namespace DroneInspect.Cli.Tests.Commands;

public sealed class DetectCommandTests : IDisposable
{
    private const int InputSide = 64;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task JsonListsClassScoreAndBoxInImagePixels()
    {
        var model = TinyModel();
        var image = Image(128, 64);

        var run = await CliRun.Of("detect", image, "--model", model, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var detection = Assert.Single(json.RootElement.GetProperty("detections").EnumerateArray());
        Assert.Equal("clamp", detection.GetProperty("class").GetString());
        Assert.Equal(0.9, detection.GetProperty("score").GetDouble(), 6);
        // Planted (cx 32, cy 32, w 20, h 10) on the 64 x 64 letterbox of a 128 x 64 image: scale 2, 16 px of padding above.
        double[] box = [.. detection.GetProperty("box").EnumerateArray().Select(v => v.GetDouble())];
        Assert.Equal([44.0, 22.0, 84.0, 42.0], box.Select(v => Math.Round(v, 2)));
    }

    [Fact]
    public async Task TableNamesTheClassAndBox()
    {
        var run = await CliRun.Of("detect", Image(128, 64), "--model", TinyModel());

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 detection(s)", run.Out);
        Assert.Contains("clamp", run.Out);
        Assert.Contains("[44.0, 22.0, 84.0, 42.0]", run.Out);
    }

    [Fact]
    public async Task OneByOneImageIsAClearErrorWithExitOne()
    {
        var run = await CliRun.Of("detect", Image(1, 1), "--model", TinyModel());

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("droneinspect detect: ", run.Error);
        Assert.Contains("1x1", run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task ModelThatIsNotOnnxIsAClearErrorWithExitOne()
    {
        var notOnnx = Path.Combine(_temp.Path, "model.onnx");
        await File.WriteAllTextAsync(notOnnx, "this is a text file, not a protobuf model");

        var run = await CliRun.Of("detect", Image(64, 64), "--model", notOnnx);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(notOnnx, run.Error);
        Assert.Empty(run.Out);
    }

    [Fact]
    public async Task MissingModelSaysWhereItLookedAndHowToGetOne()
    {
        var missing = Path.Combine(_temp.Path, "none", "model.onnx");

        var run = await CliRun.Of("detect", Image(64, 64), "--model", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"no model at {missing}", run.Error);
        Assert.Contains("train it", run.Error);
    }

    private string TinyModel()
    {
        float[] planted =
        [
            32, 10, // cx
            32, 20, // cy
            20, 4, // w
            10, 4, // h
            0.9f, 0.1f, // class 0
            0.1f, 0.2f, // class 1
        ];
        var metadata = new Dictionary<string, string> { ["names"] = "{0: 'clamp', 1: 'insulator'}" };
        return TinyOnnxModel.WriteTo(_temp.Path, TinyOnnxModel.Build(InputSide, [1, 6, 2], planted, metadata));
    }

    private string Image(int width, int height)
    {
        var path = Path.Combine(_temp.Path, $"image-{width}x{height}.png");
        using var mat = new Mat(height, width, MatType.CV_8UC3, Scalar.All(40));
        Cv2.ImWrite(path, mat);
        return path;
    }
}
