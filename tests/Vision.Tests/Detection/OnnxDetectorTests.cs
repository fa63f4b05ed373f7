using VisionDetection = DroneInspect.Vision.Detection.Detection;
using DroneInspect.Vision.Detection;
using DroneInspect.Vision.Thermal;
using OpenCvSharp;

namespace DroneInspect.Vision.Tests.Detection;

public sealed class OnnxDetectorTests : IDisposable
{
    private const int InputSide = 64;
    private const float Tolerance = 1e-3f;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>YOLOv8 layout [1, 4 + 2, 4]: row c holds value c of every box.</summary>
    private static float[] V8Planted() =>
    [
        32, 33, 33, 10, // cx
        32, 32, 32, 20, // cy
        20, 20, 20, 4, // w
        10, 10, 10, 4, // h
        0.9f, 0.8f, 0.1f, 0.2f, // class 0
        0.1f, 0.05f, 0.7f, 0.1f, // class 1
    ];

    [Fact]
    public void YoloV8OutputComesBackAsPlantedInImagePixelsWithMetadataNames()
    {
        using var detector = V8Detector();
        using var image = new Mat(64, 128, MatType.CV_8UC3, Scalar.All(40));

        var detections = detector.Detect(image);

        Assert.Equal(["clamp", "insulator"], detector.ClassNames);
        Assert.Equal(2, detections.Count);
        var clamp = Assert.Single(detections, d => d.ClassId == 0);
        Assert.Equal("clamp", clamp.ClassName);
        Assert.Equal(0.9f, clamp.Score);
        AssertBox(new PixelBox(44, 22, 84, 42), clamp.Box);
        var insulator = Assert.Single(detections, d => d.ClassId == 1);
        Assert.Equal("insulator", insulator.ClassName);
        Assert.Equal(0.7f, insulator.Score);
        AssertBox(new PixelBox(46, 22, 86, 42), insulator.Box);
    }

    [Fact]
    public void NmsKeepsOverlapsOfOtherClassesAndDropsThoseOfTheSameClass()
    {
        using var detector = V8Detector(new DetectorOptions { IouThreshold = 0.99f });
        using var image = new Mat(64, 128, MatType.CV_8UC3, Scalar.All(40));

        var detections = detector.Detect(image);

        Assert.Equal(3, detections.Count);
        Assert.Equal([0.9f, 0.8f, 0.7f], detections.Select(d => d.Score));
    }

    [Fact]
    public void YoloV5OutputMultipliesObjectnessAndUsesModelJsonNames()
    {
        using var detector = new OnnxDetector(V5Model(), new DetectorOptions { MultiLabel = false });
        using var image = new Mat(320, 640, MatType.CV_8UC3, Scalar.All(90));

        var detections = detector.Detect(image);

        Assert.Equal(2, detections.Count);
        Assert.Equal("damper", detections[0].ClassName);
        Assert.Equal(0.9f, detections[0].Score, Tolerance);
        AssertBox(new PixelBox(240, 80, 400, 240), detections[0].Box);
        Assert.Equal("bolt", detections[1].ClassName);
        Assert.Equal(0.6f, detections[1].Score, Tolerance);
        AssertBox(new PixelBox(440, 200, 520, 280), detections[1].Box);
    }

    [Fact]
    public void MultiLabelByDefaultKeepsEveryClassOfABoxAboveTheThreshold()
    {
        using var detector = new OnnxDetector(V5Model());
        using var image = new Mat(320, 640, MatType.CV_8UC3, Scalar.All(90));

        var detections = detector.Detect(image);

        Assert.True(DetectorOptions.Default.MultiLabel);
        Assert.Equal(3, detections.Count);
        Assert.Equal(["damper", "bolt", "bolt"], detections.Select(d => d.ClassName));
        Assert.Equal(0.45f, detections[2].Score, Tolerance); // the damper box's second class: 0.9 objectness x 0.5
        AssertBox(new PixelBox(240, 80, 400, 240), detections[2].Box);
    }

    /// <summary>YOLOv5 layout [1, 3, 5 + 2] with names in model.json: (cx, cy, w, h, objectness, bolt, damper) per box.</summary>
    private string V5Model()
    {
        float[] planted =
        [
            32, 32, 16, 16, 0.9f, 0.5f, 1.0f,
            10, 10, 4, 4, 0.5f, 0.4f, 0.2f,
            48, 40, 8, 8, 1.0f, 0.6f, 0.1f,
        ];
        string path = TinyOnnxModel.WriteTo(_folder.Path, TinyOnnxModel.Build(InputSide, [1, 3, 7], planted));
        File.WriteAllText(Path.Combine(_folder.Path, "model.json"), """{"names": ["bolt", "damper"]}""");
        return path;
    }

    [Fact]
    public void BatchMapsEachImageBackWithItsOwnLetterbox()
    {
        using var detector = V8Detector();
        using var wide = new Mat(64, 128, MatType.CV_8UC3, Scalar.All(40));
        using var square = new Mat(32, 32, MatType.CV_8UC3, Scalar.All(40));

        var results = detector.DetectBatch([wide, square]);

        Assert.Equal(2, results.Count);
        AssertBox(new PixelBox(44, 22, 84, 42), results[0].Single(d => d.ClassId == 0).Box);
        AssertBox(new PixelBox(11, 13.5f, 21, 18.5f), results[1].Single(d => d.ClassId == 0).Box);
    }

    [Fact]
    public void SharedDetectorGivesTheSameAnswerOnManyThreads()
    {
        using var detector = V8Detector();
        var answers = new IReadOnlyList<VisionDetection>[8];

        Parallel.For(0, answers.Length, i =>
        {
            using var image = new Mat(64, 128, MatType.CV_8UC3, Scalar.All(i * 10));
            answers[i] = detector.Detect(image);
        });

        Assert.All(answers, a => Assert.Equal(answers[0], a));
    }

    [Fact]
    public void ImageFileIsReadFromDisk()
    {
        using var detector = V8Detector();
        string imagePath = Path.Combine(_folder.Path, "capture.png");
        using (var image = new Mat(64, 128, MatType.CV_8UC3, Scalar.All(40)))
        {
            Cv2.ImWrite(imagePath, image);
        }

        Assert.Equal(2, detector.Detect(imagePath).Count);
        Assert.Throws<DetectorException>(() => detector.Detect(Path.Combine(_folder.Path, "missing.png")));
    }

    [Fact]
    public void CudaRequestFallsBackToCpuWithALoggedLine()
    {
        var lines = new List<string>();
        using var detector = V8Detector(new DetectorOptions { ExecutionProvider = "cuda", Log = lines.Add });

        if (detector.ExecutionProvider == DetectorOptions.Cpu)
        {
            Assert.Contains(lines, l => l.Contains("CUDA", StringComparison.Ordinal) && l.Contains("CPU", StringComparison.Ordinal));
        }

        using var image = new Mat(64, 128, MatType.CV_8UC3, Scalar.All(40));
        Assert.Equal(2, detector.Detect(image).Count);
    }

    [Fact]
    public void NotOnnxFileIsRefused()
    {
        string path = Path.Combine(_folder.Path, "model.onnx");
        File.WriteAllText(path, "this is not a protobuf");

        var ex = Assert.Throws<DetectorException>(() => new OnnxDetector(path));

        Assert.Contains(path, ex.Message);
    }

    [Fact]
    public void MissingModelAndUnknownProviderAreRefused()
    {
        Assert.Throws<DetectorException>(() => new OnnxDetector(Path.Combine(_folder.Path, "none.onnx")));
        string path = TinyOnnxModel.WriteTo(_folder.Path, TinyOnnxModel.Build(InputSide, [1, 6, 4], V8Planted()));
        Assert.Throws<DetectorException>(() => new OnnxDetector(path, new DetectorOptions { ExecutionProvider = "tpu" }));
    }

    [Theory]
    [InlineData(new long[] { 1, 7 })]
    [InlineData(new long[] { 1, 3, 3 })]
    public void UnknownOutputLayoutIsRefused(long[] dims)
    {
        float[] planted = new float[dims.Aggregate(1L, (a, b) => a * b)];
        string path = TinyOnnxModel.WriteTo(_folder.Path, TinyOnnxModel.Build(InputSide, dims, planted));

        var ex = Assert.Throws<DetectorException>(() => new OnnxDetector(path));

        Assert.Contains("output layout", ex.Message);
    }

    [Fact]
    public void TinyAndHugeImagesAreRefused()
    {
        using var detector = V8Detector(new DetectorOptions { MaxImagePixels = 1000 });
        using var dot = new Mat(1, 1, MatType.CV_8UC3, Scalar.All(0));
        using var big = new Mat(64, 64, MatType.CV_8UC3, Scalar.All(0));

        Assert.Contains("too small", Assert.Throws<DetectorException>(() => detector.Detect(dot)).Message);
        Assert.Contains("exceeds", Assert.Throws<DetectorException>(() => detector.Detect(big)).Message);
    }

    private OnnxDetector V8Detector(DetectorOptions? options = null)
    {
        var metadata = new Dictionary<string, string> { ["names"] = "{0: 'clamp', 1: 'insulator'}" };
        string path = TinyOnnxModel.WriteTo(_folder.Path, TinyOnnxModel.Build(InputSide, [1, 6, 4], V8Planted(), metadata));
        return new OnnxDetector(path, options);
    }

    private static void AssertBox(PixelBox expected, PixelBox actual)
    {
        Assert.Equal(expected.X1, actual.X1, Tolerance);
        Assert.Equal(expected.Y1, actual.Y1, Tolerance);
        Assert.Equal(expected.X2, actual.X2, Tolerance);
        Assert.Equal(expected.Y2, actual.Y2, Tolerance);
    }
}
