using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Placement;
using DroneInspect.Synthetic;
using DroneInspect.Synthetic.SideFiles;

namespace DroneInspect.Geo.Tests.SampleFlight;

/// <summary>Generates the sample flight (seed 42) once for the placement tests and deletes it afterwards.</summary>
public sealed class SampleFlightFixture : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"geo-sample-{Guid.NewGuid():N}");

    public SampleFlightFixture()
    {
        var summary = SampleFlightGenerator.Generate(_folder, 42);
        Truth = GroundTruthWriter.Read(summary.GroundTruthPath);
        Network = AssetNetwork.LoadGeoJson(summary.AssetsPath);
        Locator = new SightingLocator(Network);
        Captures = Truth.Captures.ToDictionary(c => c.File, StringComparer.Ordinal);
    }

    public GroundTruth Truth { get; }

    public AssetNetwork Network { get; }

    public SightingLocator Locator { get; }

    public IReadOnlyDictionary<string, GroundTruthCapture> Captures { get; }

    /// <summary>The exact view of a capture from its ground-truth pose and intrinsics.</summary>
    public static CameraView ExactView(GroundTruthCapture c, double groundElevationMeters) => new(
        c.Latitude, c.Longitude, c.AltitudeMeters, groundElevationMeters, c.GimbalYawDegrees, c.GimbalPitchDegrees,
        c.GimbalRollDegrees, c.FxPixels, c.FyPixels, c.CxPixels, c.CyPixels, c.Width, c.Height);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
