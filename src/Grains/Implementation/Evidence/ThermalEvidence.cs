using System.Buffers.Binary;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Vision.Thermal;
using DroneInspect.Vision.Thermal.Rendering;

namespace DroneInspect.Grains.Evidence;

/// <summary>
/// A hotspot's thermal evidence: the palette image of the whole frame (<see cref="EvidenceImage"/>) and the temperature
/// tile around the hot region (<see cref="EvidenceFiles.TileName"/>: the map's own values, float32 little-endian,
/// row-major), so a readout of the tile at the hottest pixel is the sighting's Tmax.
/// </summary>
public static class ThermalEvidence
{
    /// <summary>Pixels kept around the hot region's box on each side, at least (more for large regions: half their size).</summary>
    public const int TileMarginPixels = 16;

    public static ThermalImageFile WriteImage(string folder, TemperatureMap map, GradedHotspot hotspot)
    {
        int zoom = 1;
        var stored = EvidenceStore.Write(folder, EvidenceFiles.ThermalPngName, stream => zoom = EvidenceImage.Render(map, hotspot, stream));
        return new ThermalImageFile(stored, zoom);
    }

    public static TileFile WriteTile(string folder, TemperatureMap map, GradedHotspot hotspot)
    {
        var (x, y, width, height) = TileBounds(map, hotspot);
        var stored = EvidenceStore.Write(folder, EvidenceFiles.TileName, stream =>
        {
            var row = new byte[width * sizeof(float)];
            for (int r = 0; r < height; r++)
            {
                var values = map.Values.AsSpan(((y + r) * map.Width) + x, width);
                for (int i = 0; i < width; i++)
                {
                    BinaryPrimitives.WriteSingleLittleEndian(row.AsSpan(i * sizeof(float)), values[i]);
                }

                stream.Write(row);
            }
        });
        return new TileFile(stored, x, y, width, height);
    }

    /// <summary>The hot region's box with a margin (<see cref="TileMarginPixels"/> or half the box's larger side), clipped to the map.</summary>
    public static (int X, int Y, int Width, int Height) TileBounds(TemperatureMap map, GradedHotspot hotspot)
    {
        var box = hotspot.Region.Box;
        int margin = Math.Max(TileMarginPixels, (int)Math.Ceiling(Math.Max(box.X2 - box.X1, box.Y2 - box.Y1) / 2.0));
        int x1 = Math.Clamp((int)MathF.Floor(box.X1) - margin, 0, map.Width - 1);
        int y1 = Math.Clamp((int)MathF.Floor(box.Y1) - margin, 0, map.Height - 1);
        int x2 = Math.Clamp((int)MathF.Ceiling(box.X2) + margin, x1 + 1, map.Width);
        int y2 = Math.Clamp((int)MathF.Ceiling(box.Y2) + margin, y1 + 1, map.Height);
        return (x1, y1, x2 - x1, y2 - y1);
    }
}

/// <summary>The palette image as written and the whole factor its map was enlarged by.</summary>
public sealed record ThermalImageFile(StoredFile File, int Zoom);

/// <summary>The tile as written: its origin (map pixel of its first value) and size in map pixels.</summary>
public sealed record TileFile(StoredFile File, int OriginX, int OriginY, int Width, int Height);
