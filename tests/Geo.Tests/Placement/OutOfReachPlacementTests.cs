using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Placement;
using DroneInspect.Geo.Projection;

namespace DroneInspect.Geo.Tests.Placement;

/// <summary>
/// A capture far from the network (a wrong asset file, or a flight somewhere else) is placed on the ground in its own UTM
/// zone, exactly as with no network at all, and says how far the network is; it never lands at latitude 90.
/// </summary>
public sealed class OutOfReachPlacementTests
{
    private static readonly SightingLocator LineLocator = new(TestScene.LineNetwork());
    private static readonly SightingLocator NoNetwork = new(new AssetNetwork([], []));

    /// <summary>A nadir-ish camera 40 m over flat ground at 200 m above sea level, at a given place.</summary>
    private static CameraView ViewAt(double lat, double lon) =>
        new(lat, lon, 240, 200, 30, -60, 0, TestScene.FocalPixels, TestScene.FocalPixels, 320, 256, 640, 512);

    [Theory]
    [InlineData(46.8426, -91.9946)] // Duluth, Minnesota: about 6,900 km from the Zurich network
    [InlineData(22.6940, 114.9659)] // Guangdong: about 9,300 km, the other way
    [InlineData(-33.8688, 151.2093)] // Sydney: southern hemisphere, zone 56
    public void CaptureThousandsOfKilometresAwayIsPlacedOnTheGroundInItsOwnZone(double lat, double lon)
    {
        var view = ViewAt(lat, lon);
        var expected = GreatCircle.DistanceMeters(lon, lat, TestScene.Lon0, TestScene.Lat0);

        var placement = LineLocator.Locate(view, 400, 300);
        var reference = NoNetwork.Locate(view, 400, 300);

        Assert.Equal(SightingLocator.MethodGround, placement.Method);
        Assert.Null(placement.AssetId);
        Assert.InRange(placement.LatitudeDegrees, lat - 0.01, lat + 0.01);
        Assert.InRange(placement.LongitudeDegrees, lon - 0.01, lon + 0.01);
        Assert.Equal(reference.LatitudeDegrees, placement.LatitudeDegrees, 9);
        Assert.Equal(reference.LongitudeDegrees, placement.LongitudeDegrees, 9);
        Assert.Equal(200, placement.AltitudeMeters, 6);
        Assert.Equal(reference.UncertaintyMeters, placement.UncertaintyMeters, 6);
        Assert.InRange(placement.UncertaintyMeters, 1, 50);
        Assert.NotNull(placement.DistanceToNetworkMeters);
        Assert.InRange(placement.DistanceToNetworkMeters!.Value, expected - 1000, expected + 1000);
        Assert.InRange(placement.DistanceToNetworkMeters.Value, 6_000_000, 17_000_000);
    }

    [Fact]
    public void CaptureBesideTheNetworkIsWithinReach()
    {
        var view = TestScene.View(30, -6, 35, 0, -80);

        var placement = LineLocator.Locate(view, 320, 256);

        Assert.Null(LineLocator.DistanceOutOfReachMeters(view));
        Assert.Null(placement.DistanceToNetworkMeters);
    }

    [Fact]
    public void CaptureTwoKilometresOutIsOutOfReachAndSaysHowFar()
    {
        var view = TestScene.View(0, 2000, 40, 0, -90);

        var placement = LineLocator.Locate(view, 320, 256);

        Assert.Equal(SightingLocator.MethodGround, placement.Method);
        Assert.InRange(placement.DistanceToNetworkMeters!.Value, 1790, 1810); // the extent reaches 200 m north (tower T1)
        Assert.True(TestScene.Local(placement).Y is > 1990 and < 2010, "placed below the camera");
        Assert.Equal("capture C1 is 2,000 m from the asset network's extent; placed on the ground",
            AssetNetworkCheck.OutOfReachText("C1", 2000));
        Assert.Equal("capture C1 is 6,012 km from the asset network's extent; placed on the ground",
            AssetNetworkCheck.OutOfReachText("C1", 6_012_400));
    }

    [Fact]
    public void DistanceToTheExtentIsZeroInsideAndGrowsOutside()
    {
        var network = TestScene.LineNetwork();
        var inside = TestScene.LonLat(30, 0);
        var north = TestScene.LonLat(30, 1000);

        Assert.Equal(0, network.DistanceToExtentMeters(inside.Lon, inside.Lat));
        Assert.InRange(network.DistanceToExtentMeters(north.Lon, north.Lat), 790, 810); // the tower T1 stands 200 m north
        Assert.Equal(double.PositiveInfinity, new AssetNetwork([], []).DistanceToExtentMeters(8, 47));
    }
}
