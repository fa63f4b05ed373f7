using System.Diagnostics;
using System.Text.Json;
using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Placement;
using Xunit.Abstractions;

namespace DroneInspect.Geo.Tests.Placement;

/// <summary>
/// A one-million-vertex line (three phases, 1.2 m sag: 24 million conductor pieces if every piece were an object, about
/// 7 GB as the locator once built them) loads and builds its locator within a fraction of the 1 GB budget, quickly,
/// and still places a sighting on it.
/// </summary>
public sealed class LargeNetworkMemoryTests(ITestOutputHelper output) : IDisposable
{
    private const int Vertices = 1_000_000;
    private const int VerticesPerRow = 10_000;
    private const double RowSpacingMeters = 20;
    private const long BudgetBytes = 1L << 30;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"geo-big-{Guid.NewGuid():N}.geojson");

    [Fact]
    public void MillionVertexLineBuildsItsLocatorWithinTheMemoryBudget()
    {
        WriteMeanderLine(_path);
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var network = AssetNetwork.Load(_path);
        var locator = new SightingLocator(network);
        var (lon, lat) = Position(row: 0, column: 5000);
        var view = new CameraView(lat, lon, 400 + 40, 400, 0, -90, 0, 1000, 1000, 320, 256, 640, 512);
        var placement = locator.Locate(view, 320, 256);

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        output.WriteLine($"allocated {allocated / 1e6:F0} MB, retained {retained / 1e6:F0} MB, {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal("L-BIG", placement.AssetId);
        Assert.StartsWith("conductor/", placement.Component, StringComparison.Ordinal);
        // Everything this thread allocated bounds the peak this work can have caused; what stays is the built locator.
        Assert.True(allocated < BudgetBytes / 2, $"loading and building allocated {allocated / 1e6:F0} MB");
        Assert.True(retained < BudgetBytes / 2, $"the network and its locator hold {retained / 1e6:F0} MB");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed.TotalSeconds:F1} s");
        GC.KeepAlive(locator);
    }

    public void Dispose() => File.Delete(_path);

    /// <summary>Rows of 10,000 vertices 1 m apart running east and back (a meander), rows 20 m apart, near Zurich.</summary>
    private static void WriteMeanderLine(string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteStartObject("geometry");
        json.WriteString("type", "LineString");
        json.WriteStartArray("coordinates");
        for (var i = 0; i < Vertices; i++)
        {
            var (row, offset) = Math.DivRem(i, VerticesPerRow);
            var (lon, lat) = Position(row, row % 2 == 0 ? offset : VerticesPerRow - 1 - offset);
            json.WriteStartArray();
            json.WriteNumberValue(Math.Round(lon, 8));
            json.WriteNumberValue(Math.Round(lat, 8));
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("id", "L-BIG");
        json.WriteString("kind", "line");
        json.WriteNumber("groundElevationMeters", 400);
        json.WriteNumber("attachmentHeightMeters", 9);
        json.WriteNumber("sagMeters", 1.2);
        json.WriteNumber("phases", 3);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Vertex (row, column) in degrees: 1 m per column east, 20 m per row north (a local flat-earth step is enough here).</summary>
    private static (double Lon, double Lat) Position(int row, int column)
    {
        const double metersPerDegreeLat = 111_200;
        var metersPerDegreeLon = metersPerDegreeLat * Math.Cos(TestScene.Lat0 * Math.PI / 180);
        return (TestScene.Lon0 + column / metersPerDegreeLon, TestScene.Lat0 + row * RowSpacingMeters / metersPerDegreeLat);
    }
}
