using System.Buffers.Binary;
using System.Text.Json;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Capture;
using DroneInspect.Grains.Evidence;
using DroneInspect.Grains.Flight;
using DroneInspect.Grains.Pipeline;
using DroneInspect.Ingestion.Metadata;
using SkiaSharp;

namespace DroneInspect.Grains.Tests.EndToEnd;

/// <summary>
/// On the analysed sample flight: every sighting of every finding has its evidence kept under the data folder (palette
/// image, temperature tile, RGB crop), the tile reads the sighting's Tmax at its hottest pixel, and the image is the
/// frame with the hot region outlined.
/// </summary>
[Collection(SampleFlightCollection.Name)]
public sealed class SampleFlightEvidenceTests(SampleFlightFixture flight)
{
    private const double ToleranceKelvin = 0.05;

    private string EvidenceRoot => Path.Combine(flight.DataFolder, EvidenceFiles.FolderName);

    [Fact]
    public void EverySightingOfEveryFindingHasItsEvidenceFiles()
    {
        var sightings = flight.Findings.SelectMany(f => f.Evidence.Select(e => (f, e))).ToList();
        Assert.NotEmpty(sightings);
        var problems = new List<string>();
        foreach (var (f, e) in sightings)
        {
            var folder = e.EvidenceId is { } id ? EvidenceFiles.FolderOf(EvidenceRoot, id) : null;
            if (folder is null)
            {
                problems.Add($"{f.Id}/{e.CaptureId}: no evidence id");
                continue;
            }

            foreach (var name in new[] { EvidenceFiles.MetadataName, EvidenceFiles.ThermalPngName, EvidenceFiles.TileName, EvidenceFiles.RgbJpegName })
            {
                if (!File.Exists(Path.Combine(folder, name)) || new FileInfo(Path.Combine(folder, name)).Length == 0)
                {
                    problems.Add($"{f.Id}/{e.CaptureId}: {name} missing or empty in {folder}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void TileReadsEachSightingsTmaxAtItsHottestPixel()
    {
        var problems = new List<string>();
        int checkedCount = 0;
        foreach (var f in flight.Findings.Where(f => f.Kind == "thermal"))
        {
            foreach (var e in f.Evidence)
            {
                var (meta, folder) = Metadata(e);
                var tile = meta.GetProperty("thermal").GetProperty("tile");
                Assert.Equal("celsius", tile.GetProperty("unit").GetString());
                int x = (int)e.PixelX!.Value - tile.GetProperty("originX").GetInt32();
                int y = (int)e.PixelY!.Value - tile.GetProperty("originY").GetInt32();
                int width = tile.GetProperty("width").GetInt32();
                int height = tile.GetProperty("height").GetInt32();
                var bytes = File.ReadAllBytes(Path.Combine(folder, EvidenceFiles.TileName));
                Assert.Equal(width * height * sizeof(float), bytes.Length);
                Assert.InRange(x, 0, width - 1);
                Assert.InRange(y, 0, height - 1);
                var value = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(((y * width) + x) * sizeof(float)));
                if (Math.Abs(value - e.MaxTemperatureCelsius!.Value) > ToleranceKelvin)
                {
                    problems.Add($"{f.Id}/{e.CaptureId}: tile {value:0.00} at ({e.PixelX}, {e.PixelY}), Tmax {e.MaxTemperatureCelsius:0.00}");
                }

                checkedCount++;
            }
        }

        Assert.True(checkedCount > 0, "no thermal sighting to check");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void ThermalPngIsTheFrameWithTheHotRegionOutlined()
    {
        foreach (var e in flight.Findings.Where(f => f.Kind == "thermal").SelectMany(f => f.Evidence))
        {
            var (meta, folder) = Metadata(e);
            var thermal = meta.GetProperty("thermal");
            int frameWidth = thermal.GetProperty("frameWidth").GetInt32();
            int frameHeight = thermal.GetProperty("frameHeight").GetInt32();
            var image = thermal.GetProperty("image");
            int zoom = image.GetProperty("zoom").GetInt32();
            using var bitmap = SKBitmap.Decode(Path.Combine(folder, EvidenceFiles.ThermalPngName));
            Assert.NotNull(bitmap);
            Assert.Equal((frameWidth * zoom) + image.GetProperty("scaleBandWidth").GetInt32(), bitmap.Width);
            Assert.Equal(Math.Max(frameHeight * zoom, 120), bitmap.Height);

            var box = thermal.GetProperty("hotRegion").GetProperty("box").EnumerateArray().Select(v => v.GetSingle()).ToArray();
            var (outline, perimeter) = OutlinePixels(bitmap, box, zoom);
            Assert.True(outline >= perimeter / 2, $"{e.CaptureId}: {outline} outline pixels around the hot region's box (perimeter {perimeter})");
        }
    }

    [Fact]
    public void ARerunOnTheSameCaptureReusesItsEvidence()
    {
        var e = flight.Findings.First(f => f.Kind == "thermal").Evidence[0];
        var folder = EvidenceFiles.FolderOf(EvidenceRoot, e.EvidenceId!)!;
        var written = Directory.GetFiles(folder).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var pair = new LibraryFlightIntake().Pair(new LibraryFlightIntake().Scan(flight.Sample.FlightFolder).Files).Single(p => p.CaptureId == e.CaptureId);
        var networks = new AssetNetworkCache();
        var pipeline = new InspectionPipeline(
            PipelineStages.For(() => networks.Locator(flight.Sample.AssetsPath)), detector: null,
            evidence: new EvidenceWriter(new EvidenceStore(EvidenceRoot), CaptureMetadataReader.Read));

        var again = pipeline.Analyze(pair);

        Assert.Contains(again.Sightings, s => s.EvidenceId == e.EvidenceId);
        Assert.All(written, w => Assert.Equal(w.Value, File.GetLastWriteTimeUtc(w.Key)));
    }

    [Fact]
    public void AThermalCaptureWithoutItsRgbPairSaysSoInsteadOfACrop()
    {
        var e = flight.Findings.First(f => f.Kind == "thermal").Evidence[0];
        var pair = new LibraryFlightIntake().Pair(new LibraryFlightIntake().Scan(flight.Sample.FlightFolder).Files).Single(p => p.CaptureId == e.CaptureId);
        var root = Directory.CreateTempSubdirectory("di-evidence-").FullName;
        try
        {
            var networks = new AssetNetworkCache();
            var pipeline = new InspectionPipeline(
                PipelineStages.For(() => networks.Locator(flight.Sample.AssetsPath)), detector: null,
                evidence: new EvidenceWriter(new EvidenceStore(root), CaptureMetadataReader.Read));

            var analysis = pipeline.Analyze(pair with { RgbPath = null });

            var sighting = Assert.Single(analysis.Sightings, s => (int)s.PixelX!.Value == (int)e.PixelX!.Value && (int)s.PixelY!.Value == (int)e.PixelY!.Value);
            var folder = EvidenceFiles.FolderOf(root, sighting.EvidenceId!)!;
            Assert.True(File.Exists(Path.Combine(folder, EvidenceFiles.ThermalPngName)));
            Assert.False(File.Exists(Path.Combine(folder, EvidenceFiles.RgbJpegName)));
            using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, EvidenceFiles.MetadataName)));
            var rgb = meta.RootElement.GetProperty("rgb");
            Assert.Equal(JsonValueKind.Null, rgb.GetProperty("image").ValueKind);
            Assert.Equal("no RGB capture is paired with this thermal capture", rgb.GetProperty("note").GetString());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void EvidenceThatCannotBeWrittenIsANoteAndTheCaptureStillHasItsSightings()
    {
        var e = flight.Findings.First(f => f.Kind == "thermal").Evidence[0];
        var pair = new LibraryFlightIntake().Pair(new LibraryFlightIntake().Scan(flight.Sample.FlightFolder).Files).Single(p => p.CaptureId == e.CaptureId);
        var notAFolder = Path.GetTempFileName();
        try
        {
            var networks = new AssetNetworkCache();
            var pipeline = new InspectionPipeline(
                PipelineStages.For(() => networks.Locator(flight.Sample.AssetsPath)), detector: null,
                evidence: new EvidenceWriter(new EvidenceStore(notAFolder), CaptureMetadataReader.Read));

            var analysis = pipeline.Analyze(pair);

            Assert.NotEmpty(analysis.Sightings);
            Assert.All(analysis.Sightings, s => Assert.Null(s.EvidenceId));
            Assert.Contains(analysis.Notes, n => n.StartsWith("evidence: not kept for thermal sighting thermal-", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(notAFolder);
        }
    }

    /// <summary>Cyan or green pixels within 3 pixels of the box's edge (drawn at <paramref name="zoom"/>), and the edge's length.</summary>
    private static (int Count, int Perimeter) OutlinePixels(SKBitmap bitmap, float[] box, int zoom)
    {
        int x1 = (int)(box[0] * zoom), y1 = (int)(box[1] * zoom), x2 = (int)(box[2] * zoom), y2 = (int)(box[3] * zoom);
        int count = 0;
        for (int y = Math.Max(0, y1 - 3); y <= Math.Min(bitmap.Height - 1, y2 + 3); y++)
        {
            for (int x = Math.Max(0, x1 - 3); x <= Math.Min(bitmap.Width - 1, x2 + 3); x++)
            {
                bool nearEdge = Math.Abs(x - x1) <= 3 || Math.Abs(x - x2) <= 3 || Math.Abs(y - y1) <= 3 || Math.Abs(y - y2) <= 3;
                var c = bitmap.GetPixel(x, y);
                if (nearEdge && c.Red == 0 && c.Green == 255 && (c.Blue == 255 || c.Blue == 0))
                {
                    count++;
                }
            }
        }

        return (count, 2 * ((x2 - x1) + (y2 - y1)));
    }

    private (JsonElement Meta, string Folder) Metadata(FindingEvidence e)
    {
        var folder = EvidenceFiles.FolderOf(EvidenceRoot, e.EvidenceId ?? string.Empty);
        Assert.NotNull(folder);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, EvidenceFiles.MetadataName)));
        return (doc.RootElement.Clone(), folder);
    }
}
