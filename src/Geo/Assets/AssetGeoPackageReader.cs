using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace DroneInspect.Geo.Assets;

/// <summary>
/// Reads every feature table of a GeoPackage (gpkg_contents data_type 'features'). Columns are named as the GeoJSON
/// schema's properties (id, kind, heightMeters, ...; supports as a JSON array or comma-separated text); the table's
/// primary key is not an attribute. A table whose spatial reference system (gpkg_geometry_columns/gpkg_spatial_ref_sys)
/// is not EPSG:4326, or a geometry carrying another srs id, makes those features problems with their ids.
/// </summary>
internal static class AssetGeoPackageReader
{
    private static readonly GeometryFactory Wgs84Factory = new(new PrecisionModel(), 4326);

    public static (List<Asset> Assets, List<AssetProblem> Problems) Read(string path)
    {
        var assets = new List<Asset>();
        var problems = new List<AssetProblem>();
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        using var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            foreach (var table in FeatureTables(connection))
            {
                ReadTable(connection, table, assets, problems);
            }
        }
        catch (SqliteException ex)
        {
            throw new InvalidDataException($"'{path}' is not a readable GeoPackage: {ex.Message}", ex);
        }

        return (assets, problems);
    }

    private sealed record FeatureTable(string Name, string GeometryColumn, int SrsId, AssetIssue? CrsProblem);

    private static List<FeatureTable> FeatureTables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.table_name, g.column_name, g.srs_id, s.organization, s.organization_coordsys_id
            FROM gpkg_contents c
            JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
            LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
            WHERE c.data_type = 'features'
            ORDER BY c.table_name
            """;
        var tables = new List<FeatureTable>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var srsId = reader.GetInt32(2);
            var organization = reader.IsDBNull(3) ? null : reader.GetString(3);
            var code = reader.IsDBNull(4) ? (int?)null : reader.GetInt32(4);
            var accepted = string.Equals(organization, "EPSG", StringComparison.OrdinalIgnoreCase) && code == 4326;
            AssetIssue? problem = accepted ? null : new AssetIssue(AssetProblemKind.UnsupportedCrs, organization is null
                ? $"table {reader.GetString(0)}: srs_id {srsId} is not in gpkg_spatial_ref_sys (CRS unknown; EPSG:4326 expected)"
                : $"table {reader.GetString(0)}: crs {organization}:{code} is not WGS84 longitude/latitude (EPSG:4326)");
            tables.Add(new FeatureTable(reader.GetString(0), reader.GetString(1), srsId, problem));
        }

        return tables;
    }

    private static void ReadTable(SqliteConnection connection, FeatureTable table, List<Asset> assets, List<AssetProblem> problems)
    {
        var primaryKey = PrimaryKey(connection, table.Name);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {Quote(table.Name)}";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
            byte[]? blob = null;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var name = reader.GetName(i);
                if (name.Equals(table.GeometryColumn, StringComparison.OrdinalIgnoreCase))
                {
                    blob = reader.IsDBNull(i) ? null : (byte[])reader.GetValue(i);
                }
                else if (!name.Equals(primaryKey, StringComparison.OrdinalIgnoreCase))
                {
                    fields[name] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }
            }

            var id = fields.GetValueOrDefault("id") is { } raw ? Convert.ToString(raw, System.Globalization.CultureInfo.InvariantCulture)?.Trim() : null;
            Asset? asset = null;
            var problem = table.CrsProblem ?? GeometryOf(blob, table.SrsId, out var geometry) ?? AssetRecord.TryBuild(fields, geometry, out asset);
            if (problem is null)
            {
                assets.Add(asset!);
            }
            else
            {
                problems.Add(new AssetProblem(string.IsNullOrEmpty(id) ? null : id, problem.Value.Text, problem.Value.Kind));
            }
        }
    }

    private static AssetIssue? GeometryOf(byte[]? blob, int tableSrsId, out Geometry? geometry)
    {
        geometry = null;
        if (blob is null)
        {
            return new AssetIssue(AssetProblemKind.MissingGeometry, "missing geometry");
        }

        var problem = GeoPackageGeometry.TryRead(blob, Wgs84Factory, out geometry, out var srsId);
        return problem ?? (srsId != tableSrsId && srsId != 4326
            ? new AssetIssue(AssetProblemKind.UnsupportedCrs, $"geometry srs_id {srsId} differs from its table's EPSG:4326")
            : null);
    }

    private static string? PrimaryKey(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA table_info({Quote(table)})";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (reader.GetInt32(5) > 0)
            {
                return reader.GetString(1);
            }
        }

        return null;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
