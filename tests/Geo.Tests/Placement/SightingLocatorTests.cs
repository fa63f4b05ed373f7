using DroneInspect.Geo.Placement;

namespace DroneInspect.Geo.Tests.Placement;

public sealed class SightingLocatorTests
{
    private static readonly SightingLocator LineLocator = new(TestScene.LineNetwork());
    private static readonly SightingLocator GroundLocator = new(TestScene.FarPoleNetwork());

    public static TheoryData<string, double, double, double, double, double, double> Views => new()
    {
        { "nadir", 30, 3, 40, 0, -90, 0 },
        { "oblique", 25, -45, 30, 0, -30, 0 },
        { "yawed", -10, -35, 35, 40, -40, 0 },
        { "rolled", 40, -40, 30, -15, -35, 12 },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void GroundPointRoundTripsThroughItsPixel(string name, double east, double north, double height, double yaw, double pitch, double roll)
    {
        var view = TestScene.View(east, north, height, yaw, pitch, roll);
        var forward = new CameraModel(view).Forward;
        var range = height / -forward.Z;
        var truth = new Vector3D(east + forward.X * range + 3.1, north + forward.Y * range - 2.3, TestScene.GroundMeters);
        var (x, y) = TestScene.PixelOf(GroundLocator, view, truth);

        var placement = GroundLocator.Locate(view, x, y);

        Assert.True(placement.Method == "ground", name);
        Assert.Null(placement.AssetId);
        Assert.True((TestScene.Local(placement) - truth).Length < 0.01, $"{name}: off by {(TestScene.Local(placement) - truth).Length} m");
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void ConductorPointRoundTripsThroughItsPixel(string name, double east, double north, double height, double yaw, double pitch, double roll)
    {
        var view = TestScene.View(east, north, height, yaw, pitch, roll);
        var truth = TestScene.ConductorPoint(7.0 / 16, 0);
        var (x, y) = TestScene.PixelOf(LineLocator, view, truth);

        var placement = LineLocator.Locate(view, x, y);

        Assert.Equal("L1", placement.AssetId);
        Assert.Equal("conductor/B", placement.Component);
        Assert.True((TestScene.Local(placement) - truth).Length < 0.01, $"{name}: off by {(TestScene.Local(placement) - truth).Length} m");
    }

    [Theory]
    [InlineData(1, "conductor/C")]
    [InlineData(0, "conductor/B")]
    [InlineData(-1, "conductor/A")]
    public void PixelOnAPhaseFindsTheLineAndThatPhase(double northOffset, string component)
    {
        var view = TestScene.View(30, -6, 35, 0, -80);
        var (x, y) = TestScene.PixelOf(LineLocator, view, TestScene.ConductorPoint(0.5, northOffset));

        var placement = LineLocator.Locate(view, x, y);

        Assert.Equal("asset", placement.Method);
        Assert.Equal("L1", placement.AssetId);
        Assert.Equal(component, placement.Component);
        Assert.Equal(["P1", "P2"], placement.SpanSupportIds!);
        Assert.True(placement.MatchConfidence > 0.95, $"confidence {placement.MatchConfidence}");
        Assert.Equal(TestScene.AttachMeters - TestScene.SagMeters, placement.AltitudeMeters, 0.01);
    }

    [Fact]
    public void ConductorPointAtASupportIsThatSupportsAttachmentHardwareForThePhase()
    {
        var view = TestScene.View(2, -6, 35, 0, -80);
        var (x, y) = TestScene.PixelOf(LineLocator, view, TestScene.ConductorPoint(0.8 / 60, -1));

        var placement = LineLocator.Locate(view, x, y);

        Assert.Equal(("P1", "attachment/A", "L1"), (placement.AssetId, placement.Component, placement.LineId));
    }

    [Fact]
    public void PixelOnPoleTopFindsThePoleTopAndLowerDownItsBody()
    {
        var view = TestScene.View(30, -20, 30, 55, -30);

        var (tx, ty) = TestScene.PixelOf(LineLocator, view, new Vector3D(60, 0, 412));
        var top = LineLocator.Locate(view, tx, ty);
        var (bx, by) = TestScene.PixelOf(LineLocator, view, new Vector3D(60, 0, 405));
        var body = LineLocator.Locate(view, bx, by);

        Assert.Equal(("P2", "top"), (top.AssetId, top.Component));
        Assert.Equal(("P2", "body"), (body.AssetId, body.Component));
        Assert.Equal(405, body.AltitudeMeters, 0.05);
    }

    [Fact]
    public void PixelOnTransformerFindsTheTransformer()
    {
        var view = TestScene.View(0, -30, 25, 0, -20);
        var (x, y) = TestScene.PixelOf(LineLocator, view, new Vector3D(0, -1.2, 408));

        var placement = LineLocator.Locate(view, x, y);

        Assert.Equal(("X1", "transformer", "asset"), (placement.AssetId, placement.Component, placement.Method));
        Assert.True((TestScene.Local(placement) - new Vector3D(0, -1.2, 408)).Length < 0.01);
    }

    [Fact]
    public void EmptyGroundPixelFallsBackToTheGroundPoint()
    {
        var view = TestScene.View(30, -20, 40, 180, -60);
        var truth = new Vector3D(28, -43, TestScene.GroundMeters);
        var (x, y) = TestScene.PixelOf(LineLocator, view, truth);

        var placement = LineLocator.Locate(view, x, y);

        Assert.Equal(("ground", null, null, 0.0), (placement.Method, placement.AssetId, placement.Component, placement.MatchConfidence));
        Assert.True((TestScene.Local(placement) - truth).Length < 0.01);
    }

    [Fact]
    public void GroundFallbackUsesTheConfiguredElevationWhenTheViewHasNone()
    {
        var locator = new SightingLocator(TestScene.FarPoleNetwork(), new PlacementOptions { GroundElevationMeters = 380 });
        var view = TestScene.View(0, 0, 40, 0, -90) with { GroundElevationMeters = null };

        var placement = locator.Locate(view, 320, 256);

        Assert.Equal(380, placement.AltitudeMeters, 6);
        Assert.Equal(60, placement.RangeMeters, 6);
    }

    [Fact]
    public void SkyPixelStaysAtTheCamera()
    {
        var view = TestScene.View(-100, -100, 30, 225, 10);

        var placement = LineLocator.Locate(view, 320, 100);

        Assert.Equal("camera", placement.Method);
        Assert.Equal(view.AltitudeMeters, placement.AltitudeMeters, 6);
        Assert.Equal(LineLocator.Options.MaxRangeMeters, placement.UncertaintyMeters);
    }

    [Fact]
    public void PoleIsFoundAmongManySpans()
    {
        var network = TestScene.GridNetwork(40, 40);
        var locator = new SightingLocator(network);
        var view = TestScene.View(1990, 2010, 40, 135, -60);
        var (x, y) = TestScene.PixelOf(locator, view, new Vector3D(2000, 2000, 403));

        var placement = locator.Locate(view, x, y);

        Assert.Equal(("G20_20", "body"), (placement.AssetId, placement.Component));
    }

    [Fact]
    public void ParallelLocatesMatchSequentialOnes()
    {
        var view = TestScene.View(30, -25, 30, 10, -45, 3);
        var pixels = Enumerable.Range(0, 400).Select(i => (X: 13.0 + (i * 37 % 610), Y: 9.0 + (i * 53 % 490))).ToArray();
        var sequential = pixels.Select(p => LineLocator.Locate(view, p.X, p.Y)).ToArray();

        var parallel = new DroneInspect.Geo.Placement.Placement[pixels.Length];
        Parallel.For(0, pixels.Length, i => parallel[i] = LineLocator.Locate(view, pixels[i].X, pixels[i].Y));

        Assert.Equal(sequential.Select(p => (p.LatitudeDegrees, p.LongitudeDegrees, p.UncertaintyMeters, p.AssetId, p.Component)),
            parallel.Select(p => (p.LatitudeDegrees, p.LongitudeDegrees, p.UncertaintyMeters, p.AssetId, p.Component)));
        Assert.Contains(sequential, p => p.Method == "asset");
        Assert.Contains(sequential, p => p.Method == "ground");
    }

    [Fact]
    public void EmptyNetworkPlacesOnTheGroundInTheCamerasOwnZone()
    {
        var locator = new SightingLocator(new DroneInspect.Geo.Assets.AssetNetwork([], []));
        var view = new CameraView(-33.87, 151.21, 70, 20, 0, -90, 0, 1000, 1000, 320, 256, 640, 512);

        var placement = locator.Locate(view, 320, 256 - 200);

        // 50 m above ground, 200 px above the centre of a north-facing nadir image: 10 m north.
        Assert.Equal(("ground", 20.0), (placement.Method, placement.AltitudeMeters));
        Assert.Equal(151.21, placement.LongitudeDegrees, 1e-7);
        Assert.Equal(10, (placement.LatitudeDegrees + 33.87) * 110_922, 0.02);
    }
}
