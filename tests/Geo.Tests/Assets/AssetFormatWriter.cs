using System.Text.Json;
using DroneInspect.Geo.Assets;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Writers;

namespace DroneInspect.Geo.Tests.Assets;

/// <summary>One feature to write: attribute values are strings, doubles or string arrays (supports).</summary>
internal sealed record TestFeature(Geometry Geometry, IReadOnlyDictionary<string, object> Properties);

/// <summary>Writes the same features as GeoJSON, as a GeoPackage and as shapefiles (one per geometry type).</summary>
internal static class AssetFormatWriter
{
    public const string Wgs84Prj = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    public const string WebMercatorPrj = "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Mercator_Auxiliary_Sphere\"],UNIT[\"Meter\",1.0]]";

    public static void WriteGeoJson(string path, IEnumerable<TestFeature> features)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var feature in features)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("geometry");
            json.WriteString("type", feature.Geometry.GeometryType);
            json.WriteStartArray("coordinates");
            foreach (var c in feature.Geometry.Coordinates)
            {
                if (feature.Geometry is LineString)
                {
                    json.WriteStartArray();
                }

                json.WriteNumberValue(c.X);
                json.WriteNumberValue(c.Y);
                if (feature.Geometry is LineString)
                {
                    json.WriteEndArray();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            foreach (var (name, value) in feature.Properties)
            {
                json.WritePropertyName(name);
                JsonSerializer.Serialize(json, value, value.GetType());
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A GeoPackage with a "points" and a "lines" feature table in the given srs (4326 unless told).</summary>
    public static void WriteGeoPackage(string path, IEnumerable<TestFeature> features, int srsId = 4326)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, """
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT, srs_id INTEGER);
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL);
            INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, 'GEOGCS["WGS 84"]', NULL);
            INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 / Pseudo-Mercator', 3857, 'EPSG', 3857, 'PROJCS["WGS 84 / Pseudo-Mercator"]', NULL);
            """);
        var list = features.ToList();
        WriteTable(connection, "points", "POINT", list.Where(f => f.Geometry is Point).ToList(), srsId);
        WriteTable(connection, "lines", "LINESTRING", list.Where(f => f.Geometry is LineString).ToList(), srsId);
    }

    /// <summary>points.shp and lines.shp in the folder, with the given .prj text (none when null).</summary>
    public static void WriteShapefiles(string folder, IEnumerable<TestFeature> features, string? prj = Wgs84Prj)
    {
        var list = features.ToList();
        WriteShapefile(Path.Combine(folder, "points.shp"), ShapeType.Point, list.Where(f => f.Geometry is Point).ToList(), prj);
        WriteShapefile(Path.Combine(folder, "lines.shp"), ShapeType.PolyLine, list.Where(f => f.Geometry is LineString).ToList(), prj);
    }

    private static void WriteTable(SqliteConnection connection, string table, string geometryType, List<TestFeature> features, int srsId)
    {
        var columns = Columns(features);
        var definitions = string.Join(", ", columns.Select(c => $"\"{c.Name}\" {(c.Numeric ? "REAL" : "TEXT")}"));
        Execute(connection, $"CREATE TABLE \"{table}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, {definitions});"
            + $"INSERT INTO gpkg_contents VALUES ('{table}', 'features', '{table}', {srsId});"
            + $"INSERT INTO gpkg_geometry_columns VALUES ('{table}', 'geom', '{geometryType}', {srsId}, 0, 0);");
        var writer = new WKBWriter(ByteOrder.LittleEndian, false);
        foreach (var feature in features)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO \"{table}\" (geom, {string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES (@geom, {string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
            var wkb = writer.Write(feature.Geometry);
            var blob = new byte[8 + wkb.Length];
            blob[0] = (byte)'G';
            blob[1] = (byte)'P';
            blob[3] = 1;
            BitConverter.GetBytes(srsId).CopyTo(blob, 4);
            wkb.CopyTo(blob, 8);
            insert.Parameters.AddWithValue("@geom", blob);
            for (var i = 0; i < columns.Count; i++)
            {
                insert.Parameters.AddWithValue($"@p{i}", feature.Properties.TryGetValue(columns[i].Name, out var v) ? Sql(v) : DBNull.Value);
            }

            insert.ExecuteNonQuery();
        }
    }

    private static void WriteShapefile(string path, ShapeType type, List<TestFeature> features, string? prj)
    {
        var columns = Columns(features);
        var options = new ShapefileWriterOptions(type);
        foreach (var column in columns)
        {
            var name = ShapefileFieldNames.FromSchema.GetValueOrDefault(column.Name, column.Name);
            if (column.Numeric)
            {
                options.AddNumericDoubleField(name);
            }
            else
            {
                options.AddCharacterField(name, 80);
            }
        }

        using (var writer = Shapefile.OpenWrite(path, options))
        {
            foreach (var feature in features)
            {
                var attributes = new AttributesTable();
                foreach (var column in columns)
                {
                    var name = ShapefileFieldNames.FromSchema.GetValueOrDefault(column.Name, column.Name);
                    attributes.Add(name, feature.Properties.TryGetValue(column.Name, out var v) ? Dbf(v) : column.Numeric ? null : string.Empty);
                }

                writer.Write(new Feature(feature.Geometry, attributes));
            }
        }

        var prjPath = Path.ChangeExtension(path, ".prj");
        File.Delete(prjPath);
        if (prj is not null)
        {
            File.WriteAllText(prjPath, prj);
        }
    }

    private static List<(string Name, bool Numeric)> Columns(List<TestFeature> features) =>
        features.SelectMany(f => f.Properties).GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.All(p => p.Value is double))).ToList();

    private static object Sql(object value) => value is string[] list ? string.Join(",", list) : value;

    private static object? Dbf(object value) => value is string[] list ? string.Join(",", list) : value;

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
