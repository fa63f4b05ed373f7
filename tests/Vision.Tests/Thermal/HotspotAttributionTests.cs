using DroneInspect.Vision.Thermal;
using VisionDetection = DroneInspect.Vision.Detection.Detection;

namespace DroneInspect.Vision.Tests.Thermal;

public sealed class HotspotAttributionTests
{
    private static readonly HotRegion Region = new(50, 40, 60.0, 45.0, 30, new PixelBox(47, 37, 54, 44));

    [Fact]
    public void SmallestBoxHoldingTheMaximumWins()
    {
        PixelBox[] boxes = [new(0, 0, 200, 200), new(45, 35, 60, 50), new(100, 100, 120, 120)];

        Assert.Equal(1, HotspotAttribution.FindHostIndex(Region, boxes));
    }

    [Fact]
    public void RegionOnNoBoxIsUnattributed()
    {
        VisionDetection[] detections = [new("clamp", 0, 0.9f, new PixelBox(100, 100, 120, 120))];

        Assert.Null(HotspotAttribution.Attribute(Region, detections));
    }

    [Fact]
    public void DetectionHoldingTheMaximumIsReturned()
    {
        VisionDetection[] detections =
        [
            new("tower", 1, 0.8f, new PixelBox(0, 0, 300, 300)),
            new("clamp", 0, 0.9f, new PixelBox(50, 40, 51, 41)),
        ];

        Assert.Equal("clamp", HotspotAttribution.Attribute(Region, detections)?.ClassName);
    }

    [Fact]
    public void BoxEdgesAreInclusiveAtTheStartAndExclusiveAtTheEnd()
    {
        Assert.True(HotspotAttribution.ContainsPixel(new PixelBox(50, 40, 51, 41), 50, 40));
        Assert.False(HotspotAttribution.ContainsPixel(new PixelBox(51, 40, 60, 50), 50, 40));
        Assert.False(HotspotAttribution.ContainsPixel(new PixelBox(40, 30, 50, 40), 50, 40));
    }
}
