using DroneInspect.Synthetic.Dataset;

namespace DroneInspect.Vision.Tests.Detection;

public sealed class DetectionDatasetRendererTests
{
    private readonly DetectionDatasetRenderer _renderer = new(128);

    [Fact]
    public void SameSeedRendersTheSameImageAndBoxes()
    {
        var a = _renderer.Render(DetectionClasses.EvaluationSeedStart + 7);
        var b = _renderer.Render(DetectionClasses.EvaluationSeedStart + 7);
        Assert.Equal(a.Rgb, b.Rgb);
        Assert.Equal(a.Boxes, b.Boxes);
        Assert.NotEqual(a.Rgb, _renderer.Render(DetectionClasses.EvaluationSeedStart + 8).Rgb);
    }

    [Fact]
    public void BoxesLieInsideTheImageAndThermalImagesCarryNoVisualDefects()
    {
        int boxes = 0;
        for (int seed = 0; seed < 12; seed++)
        {
            var sample = _renderer.Render(seed);
            Assert.Equal(128 * 128 * 3, sample.Rgb.Length);
            foreach (var box in sample.Boxes)
            {
                boxes++;
                Assert.InRange(box.X1, 0, box.X2 - 1);
                Assert.InRange(box.Y1, 0, box.Y2 - 1);
                Assert.InRange(box.X2, box.X1 + 1, 128);
                Assert.InRange(box.Y2, box.Y1 + 1, 128);
                Assert.False(sample.IsThermal && DetectionClasses.IsVisualDefect(box.ClassId));
            }
        }

        Assert.True(boxes > 12, $"Only {boxes} boxes in 12 samples.");
    }

    [Fact]
    public void EvaluationSeedsLieOutsideTheTrainingRange() =>
        Assert.True(DetectionClasses.EvaluationSeedStart >= DetectionClasses.TrainingSeedEnd);
}
