using System.Globalization;

namespace DroneInspect.Geo.Tests;

/// <summary>Builds small asset GeoJSON files for tests and deletes them afterwards.</summary>
internal sealed class GeoJsonFile : IDisposable
{
    public GeoJsonFile(string json)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"geo-tests-{Guid.NewGuid():N}.geojson");
        File.WriteAllText(Path, json);
    }

    public string Path { get; }

    public static GeoJsonFile Collection(params string[] features) =>
        new("""{"type":"FeatureCollection","features":[""" + string.Join(",", features) + "]}");

    public static string Point(double lon, double lat, string properties) =>
        """{"type":"Feature","geometry":{"type":"Point","coordinates":[""" + N(lon) + "," + N(lat)
        + """]},"properties":{""" + properties + "}}";

    public static string Line(IEnumerable<(double Lon, double Lat)> positions, string properties) =>
        """{"type":"Feature","geometry":{"type":"LineString","coordinates":["""
        + string.Join(",", positions.Select(p => $"[{N(p.Lon)},{N(p.Lat)}]")) + """]},"properties":{""" + properties + "}}";

    public static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public void Dispose() => File.Delete(Path);
}
