using DroneInspect.Vision.Detection;

namespace DroneInspect.Vision.Tests.Detection;

public sealed class OutputShapeTests
{
    [Fact]
    public void YoloV8ShapeIsChannelsFirst()
    {
        var shape = OutputShape.Resolve([1, 84, 8400], null);

        Assert.Equal(new OutputShape(OutputLayout.ChannelsFirst, 8400, 80), shape);
    }

    [Fact]
    public void YoloV5ShapeIsBoxesFirst()
    {
        var shape = OutputShape.Resolve([1, 25200, 85], null);

        Assert.Equal(new OutputShape(OutputLayout.BoxesFirst, 25200, 80), shape);
    }

    [Fact]
    public void KnownClassCountSettlesASmallAmbiguousShape()
    {
        Assert.Equal(OutputLayout.BoxesFirst, OutputShape.Resolve([1, 3, 7], 2).Layout);
        Assert.Equal(OutputLayout.ChannelsFirst, OutputShape.Resolve([1, 6, 4], 2).Layout);
    }

    [Fact]
    public void UltralyticsNamesStringIsParsed()
    {
        var names = ModelClassNames.ParseMetadata("{0: 'person', 1: \"bike's seat\", 3: 'clamp'}");

        Assert.Equal(["person", "bike's seat", "class2", "clamp"], names);
        Assert.Null(ModelClassNames.ParseMetadata("not a dict"));
    }

    [Fact]
    public void LetterboxCentresAndScalesBack()
    {
        var box = Letterbox.Fit(1280, 720, 640, 640);

        Assert.Equal(new Letterbox(0.5, 0, 140, 640, 360), box);
        Assert.Equal(100f, box.ToImageX(50f));
        Assert.Equal(0f, box.ToImageY(140f));
    }
}
