using System.Globalization;
using System.Text.Json;
using DroneInspect.Cli.Commands;
using DroneInspect.Ingestion.Tests.Support;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace DroneInspect.Cli.Tests.Commands;

/// <summary>
/// `locate` against a hand computation on a real DJI capture. DJI_0018.JPG (Phantom 3, FC300S, 4000x2250) states, as
/// ExifTool prints it: GPS 46.8426070833333, -91.9945598888889; drone-dji RelativeAltitude +39.80, AbsoluteAltitude
/// +198.31, GimbalYawDegree +45.00, GimbalPitchDegree -89.90, GimbalRollDegree 0; FocalLengthIn35mmFormat 20.
/// </summary>
public sealed class LocateCommandTests : IDisposable
{
    private const double Latitude = 46.8426070833333;
    private const double Longitude = -91.9945598888889;
    private const double AboveGroundMeters = 39.80;
    private const double YawDegrees = 45.0;
    private const int Width = 4000;
    private const int Height = 2250;

    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("di-locate-").FullName;

    [SharedDataTheory]
    [InlineData(0, 0)]
    [InlineData(4000, 2250)]
    [InlineData(4000, 0)]
    public async Task CornerPixelOfANadirDjiCaptureMatchesTheHandComputation(double pixelX, double pixelY)
    {
        var exit = await Run("locate", Dji18(), "--pixel", string.Create(CultureInfo.InvariantCulture, $"{pixelX},{pixelY}"), "--json");

        Assert.True(exit == 0, _error.ToString());
        using var json = JsonDocument.Parse(_out.ToString());
        var (lat, lon) = HandNadir(pixelX, pixelY);
        var error = DistanceMeters(lat, lon, json.RootElement.GetProperty("latitude").GetDouble(), json.RootElement.GetProperty("longitude").GetDouble());
        Assert.True(error < 0.5, $"locate is {error:F2} m from the hand computation");
        Assert.Equal(198.31 - AboveGroundMeters, json.RootElement.GetProperty("altitudeMeters").GetDouble(), 2);
        Assert.InRange(json.RootElement.GetProperty("uncertaintyMeters").GetDouble(), 0.5, 20);
    }

    [SharedDataFact]
    public async Task TargetHeightPlacesOnAPlaneAboveTheTakeOffGround()
    {
        Assert.Equal(0, await Run("locate", Dji18(), "--pixel", "0,0", "--target-height", "10", "--json"));

        using var json = JsonDocument.Parse(_out.ToString());
        Assert.Equal(198.31 - AboveGroundMeters + 10, json.RootElement.GetProperty("altitudeMeters").GetDouble(), 2);
        var (lat, lon) = HandNadir(0, 0, AboveGroundMeters - 10);
        Assert.True(DistanceMeters(lat, lon, json.RootElement.GetProperty("latitude").GetDouble(), json.RootElement.GetProperty("longitude").GetDouble()) < 0.5);
    }

    [SharedDataFact]
    public async Task WithAssetsTheCentreRayFindsThePoleBelowTheDrone()
    {
        var assets = Path.Combine(_folder, "assets.geojson");
        File.WriteAllText(assets, string.Create(CultureInfo.InvariantCulture,
            $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[{{{Longitude}}},{{{Latitude}}}]},"properties":{"id":"P-1","kind":"pole","heightMeters":12,"groundElevationMeters":158.51}}]}"""));

        Assert.Equal(0, await Run("locate", Dji18(), "--pixel", "2000,1125", "--assets", assets));

        var text = _out.ToString();
        Assert.Contains("method: asset", text, StringComparison.Ordinal);
        Assert.Contains("assetId: P-1", text, StringComparison.Ordinal);
        Assert.Contains("component: top", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImageWithoutPoseExitsOneSayingWhatIsMissing()
    {
        var bare = Path.Combine(_folder, "bare.jpg");
        using (var image = new Image<Rgb24>(16, 16))
        {
            image.SaveAsJpeg(bare);
        }

        Assert.Equal(1, await Run("locate", bare, "--pixel", "1,1"));
        Assert.Contains("lacks GPS position", _error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, _out.ToString());
    }

    [Fact]
    public async Task MalformedPixelIsAUsageError()
    {
        Assert.Equal(2, await Run("locate", "any.jpg", "--pixel", "12;40"));
        Assert.Contains("--pixel expects X,Y", _error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// Nadir math: focal length in pixels from the 35 mm equivalent (20 mm over the 43.27 mm full-frame diagonal,
    /// times the image diagonal); ground offset = pixel offset from the centre * height / focal; image up is the yaw
    /// direction, image right 90 degrees clockwise from it; metres to degrees with the WGS84 radii of curvature.
    /// </summary>
    private static (double Lat, double Lon) HandNadir(double pixelX, double pixelY, double heightMeters = AboveGroundMeters)
    {
        var focal = 20.0 / 43.27 * Math.Sqrt((Width * (double)Width) + (Height * (double)Height));
        var right = (pixelX - (Width / 2.0)) * heightMeters / focal;
        var up = ((Height / 2.0) - pixelY) * heightMeters / focal;
        var yaw = YawDegrees * Math.PI / 180;
        var east = (up * Math.Sin(yaw)) + (right * Math.Cos(yaw));
        var north = (up * Math.Cos(yaw)) - (right * Math.Sin(yaw));
        var (metersPerDegreeLat, metersPerDegreeLon) = MetersPerDegree(Latitude);
        return (Latitude + (north / metersPerDegreeLat), Longitude + (east / metersPerDegreeLon));
    }

    private static (double Lat, double Lon) MetersPerDegree(double latitudeDegrees)
    {
        const double a = 6378137.0, e2 = 6.69437999014e-3;
        var phi = latitudeDegrees * Math.PI / 180;
        var w = 1 - (e2 * Math.Sin(phi) * Math.Sin(phi));
        return (a * (1 - e2) / (w * Math.Sqrt(w)) * Math.PI / 180, a / Math.Sqrt(w) * Math.Cos(phi) * Math.PI / 180);
    }

    private static double DistanceMeters(double lat1, double lon1, double lat2, double lon2)
    {
        var (mLat, mLon) = MetersPerDegree(lat1);
        return Math.Sqrt(Math.Pow((lat2 - lat1) * mLat, 2) + Math.Pow((lon2 - lon1) * mLon, 2));
    }

    private static string Dji18() => SharedData.File("rgb_dji/DJI_0018.JPG");

    private Task<int> Run(params string[] args) =>
        CommandLineApp.RunAsync(args, new CliContext(_out, _error, false, _folder), CommandRegistry.All);
}
