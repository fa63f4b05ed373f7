using System.Buffers.Binary;
using System.Text.Json;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Evidence;
using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Rendering;
using DroneInspect.Vision.Thermal;
using SkiaSharp;

namespace DroneInspect.Grains.Tests.Evidence;

/// <summary>Thermal evidence of real camera files: the tile holds the map's own values in the map's unit.</summary>
public sealed class ThermalEvidenceTests
{
    /// <summary>A DJI M30T file without DJI's SDK decodes to sensor counts: the tile and its metadata say "counts".</summary>
    [SharedDataFact]
    public void CountsMapKeepsACountsTileAndSaysSo()
    {
        var map = ThermalDecoder.Decode(SharedData.File("dji_thermal/M30T/DJI_0001_R.JPG")).Map;
        Assert.False(map.IsAbsolute);
        var hotspot = HotspotAnalyzer.Analyze(map, double.NaN, []).First();
        var folder = Directory.CreateTempSubdirectory("di-evidence-").FullName;
        try
        {
            var image = ThermalEvidence.WriteImage(folder, map, hotspot);
            var tile = ThermalEvidence.WriteTile(folder, map, hotspot);
            var record = new EvidenceRecord("k/thermal-1-1", "DJI_0001", "thermal", "counts") { Hotspot = hotspot, ThermalImage = image, Tile = tile };
            EvidenceStore.Write(folder, EvidenceFiles.MetadataName, s => EvidenceJson.Write(s, record));

            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, EvidenceFiles.MetadataName)));
            Assert.Equal("counts", json.RootElement.GetProperty("thermal").GetProperty("tile").GetProperty("unit").GetString());
            var bytes = File.ReadAllBytes(Path.Combine(folder, EvidenceFiles.TileName));
            Assert.Equal(tile.Width * tile.Height * sizeof(float), bytes.Length);
            int offset = (((hotspot.Region.MaxY - tile.OriginY) * tile.Width) + (hotspot.Region.MaxX - tile.OriginX)) * sizeof(float);
            Assert.Equal((float)hotspot.Region.MaxTemperatureCelsius, BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(offset)));

            using var png = SKBitmap.Decode(Path.Combine(folder, EvidenceFiles.ThermalPngName));
            Assert.Equal((map.Width * image.Zoom) + ThermalPngRenderer.ScaleBandWidth, png.Width);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
