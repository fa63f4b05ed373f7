using System.Buffers.Binary;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace DroneInspect.Geo.Assets;

/// <summary>
/// Decodes a GeoPackage geometry blob (OGC 12-128r18 section 2.1.3): "GP", version, flags (bit 0 byte order of the
/// header, bits 1-3 envelope size, bit 4 empty), the int32 srs_id, an optional envelope, then standard WKB.
/// </summary>
internal static class GeoPackageGeometry
{
    private const int HeaderBytes = 8;

    /// <summary>Null and the geometry with its srs id when the blob decodes; else the problem.</summary>
    public static AssetIssue? TryRead(byte[] blob, GeometryFactory factory, out Geometry? geometry, out int srsId)
    {
        geometry = null;
        srsId = 0;
        if (blob.Length < HeaderBytes || blob[0] != (byte)'G' || blob[1] != (byte)'P')
        {
            return new AssetIssue(AssetProblemKind.UnreadableGeometry, "geometry blob is not a GeoPackage geometry (no GP header)");
        }

        var flags = blob[3];
        var littleEndian = (flags & 1) == 1;
        var envelopeDoubles = ((flags >> 1) & 7) switch
        {
            0 => 0,
            1 => 4,
            2 or 3 => 6,
            4 => 8,
            _ => -1,
        };
        if (envelopeDoubles < 0)
        {
            return new AssetIssue(AssetProblemKind.UnreadableGeometry, "geometry blob has an invalid envelope indicator");
        }

        var srs = blob.AsSpan(4, 4);
        srsId = littleEndian ? BinaryPrimitives.ReadInt32LittleEndian(srs) : BinaryPrimitives.ReadInt32BigEndian(srs);
        var wkbStart = HeaderBytes + envelopeDoubles * 8;
        if ((flags & 0x10) != 0 || blob.Length <= wkbStart)
        {
            return new AssetIssue(AssetProblemKind.MissingGeometry, "empty geometry");
        }

        try
        {
            geometry = new WKBReader(NetTopologySuite.NtsGeometryServices.Instance).Read(blob.AsSpan(wkbStart).ToArray());
            geometry = factory.CreateGeometry(geometry);
            return null;
        }
        catch (Exception ex) when (ex is ParseException or ArgumentException or IOException or InvalidOperationException)
        {
            return new AssetIssue(AssetProblemKind.UnreadableGeometry, $"geometry WKB cannot be read: {ex.Message}");
        }
    }
}
