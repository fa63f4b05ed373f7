using System.Text.Json;
using DroneInspect.Cli.Commands;
using DroneInspect.Geo.Projection;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Cli.Tests.Commands;

/// <summary>
/// `locate` on a real DJI capture (DJI_0018.JPG, Duluth, 46.8426 N 91.9946 W) with a network near Zurich: the network's
/// UTM zone once sent this to latitude 90, longitude 0. Now the pixel is placed on the ground exactly as without a
/// network, and the distance to the network is said; an asset file with nothing usable is an error.
/// </summary>
public sealed class LocateFarNetworkTests : IDisposable
{
    private const string ZurichPole = """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[8.4684,47.4156]},"properties":{"id":"P-ZH","kind":"pole"}}]}""";

    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("di-locate-far-").FullName;

    [SharedDataFact]
    public async Task CaptureSevenThousandKilometresFromTheNetworkIsPlacedAsWithoutOneAndSaysHowFar()
    {
        var assets = Path.Combine(_folder, "assets.geojson");
        File.WriteAllText(assets, ZurichPole);

        Assert.Equal(0, await Run("locate", Dji18(), "--pixel", "320,256", "--json"));
        using var alone = JsonDocument.Parse(_out.ToString());
        _out.GetStringBuilder().Clear();
        Assert.Equal(0, await Run("locate", Dji18(), "--pixel", "320,256", "--json", "--assets", assets));
        using var withNetwork = JsonDocument.Parse(_out.ToString());

        var km = GreatCircle.DistanceMeters(-91.9946, 46.8426, 8.4684, 47.4156) / 1000;
        var placed = withNetwork.RootElement;
        Assert.Equal("ground", placed.GetProperty("method").GetString());
        Assert.Equal(JsonValueKind.Null, placed.GetProperty("assetId").ValueKind);
        Assert.Equal(alone.RootElement.GetProperty("latitude").GetDouble(), placed.GetProperty("latitude").GetDouble(), 9);
        Assert.Equal(alone.RootElement.GetProperty("longitude").GetDouble(), placed.GetProperty("longitude").GetDouble(), 9);
        Assert.InRange(placed.GetProperty("latitude").GetDouble(), 46.83, 46.86);
        Assert.InRange(placed.GetProperty("distanceToNetworkMeters").GetDouble() / 1000, km - 1, km + 1);
        Assert.Contains($"capture DJI_0018.JPG is {km:N0} km from the asset network's extent; placed on the ground", _error.ToString(), StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task AssetFileWithNothingUsableIsAnError()
    {
        var assets = Path.Combine(_folder, "assets.geojson");
        File.WriteAllText(assets, """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[8,47]},"properties":{"kind":"pole"}}]}""");

        Assert.Equal(1, await Run("locate", Dji18(), "--pixel", "320,256", "--assets", assets));

        Assert.Contains("assets.geojson has no usable feature: all 1 dropped (missing id: 1)", _error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, _out.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Dji18() => SharedData.File("rgb_dji/DJI_0018.JPG");

    private Task<int> Run(params string[] args) =>
        CommandLineApp.RunAsync(args, new CliContext(_out, _error, false, _folder), CommandRegistry.All);
}
