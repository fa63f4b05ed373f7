using System.Text.Json;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Ingestion.Thermal.Rendering;
using DroneInspect.Vision.Thermal;

namespace DroneInspect.Grains.Evidence;

/// <summary>
/// Writes an <see cref="EvidenceRecord"/> as evidence.json. Pixels are map pixels (x right, y down) for the thermal
/// parts and RGB image pixels for the RGB part; boxes are [x1, y1, x2, y2] with x2/y2 exclusive. Each file entry holds
/// its name, content type, SHA-256 and size; an absent file is null and a note says why.
/// </summary>
public static class EvidenceJson
{
    public const string TileFormat = "float32 little-endian, row-major, width x height values; value (x, y) of the map at offset ((y - originY) * width + (x - originX)) * 4";

    public static void Write(Stream output, EvidenceRecord r)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("version", EvidenceStore.FormatVersion);
        json.WriteString("evidenceId", r.EvidenceId);
        json.WriteString("captureId", r.CaptureId);
        json.WriteString("sightingKind", r.SightingKind);
        json.WriteString("unit", r.Unit);
        WriteThermal(json, r);
        WriteRgb(json, r);
        json.WriteEndObject();
    }

    private static void WriteThermal(Utf8JsonWriter json, EvidenceRecord r)
    {
        json.WriteStartObject("thermal");
        json.WriteString("sourceFile", r.ThermalFileName);
        WriteNullableInt(json, "frameWidth", r.FrameWidth);
        WriteNullableInt(json, "frameHeight", r.FrameHeight);
        json.WriteString("note", r.ThermalNote);
        if (r.ThermalImage is { } image)
        {
            json.WriteStartObject("image");
            WriteFile(json, image.File, "image/png");
            json.WriteNumber("zoom", image.Zoom);
            json.WriteNumber("scaleBandWidth", ThermalPngRenderer.ScaleBandWidth);
            json.WriteString("layout", "map pixel (x, y) covers image pixels [x * zoom, (x + 1) * zoom) in each axis; the temperature scale is the band at the right");
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("image");
        }

        if (r.Tile is { } tile)
        {
            json.WriteStartObject("tile");
            WriteFile(json, tile.File, "application/octet-stream");
            json.WriteString("format", TileFormat);
            json.WriteNumber("originX", tile.OriginX);
            json.WriteNumber("originY", tile.OriginY);
            json.WriteNumber("width", tile.Width);
            json.WriteNumber("height", tile.Height);
            json.WriteString("unit", r.Unit);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("tile");
        }

        if (r.Hotspot is { } h)
        {
            json.WriteStartObject("hotRegion");
            WriteBox(json, "box", h.Region.Box);
            json.WriteStartArray("hottestPixel");
            json.WriteNumberValue(h.Region.MaxX);
            json.WriteNumberValue(h.Region.MaxY);
            json.WriteEndArray();
            json.WriteNumber("max", h.Region.MaxTemperatureCelsius);
            json.WriteBoolean("partial", h.IsPartial);
            json.WriteEndObject();
            json.WriteStartObject("reference");
            json.WriteString("source", h.ReferenceSource);
            json.WriteNumber("value", h.ReferenceTemperatureCelsius);
            json.WriteString("area", h.ReferenceArea?.Kind);
            WriteBox(json, "inner", h.ReferenceArea?.Inner);
            WriteBox(json, "outer", h.ReferenceArea?.Outer);
            json.WriteString("note", h.ReferenceArea?.Note);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteRgb(Utf8JsonWriter json, EvidenceRecord r)
    {
        json.WriteStartObject("rgb");
        json.WriteString("sourceFile", r.RgbFileName);
        json.WriteString("note", r.RgbNote);
        json.WriteString("detections", r.DetectionsNote);
        json.WriteString("method", r.RgbMethod);
        if (r.RgbCrop is { } crop)
        {
            json.WriteStartObject("image");
            WriteFile(json, crop.File, "image/jpeg");
            json.WriteNumber("imageWidth", crop.ImageWidth);
            json.WriteNumber("imageHeight", crop.ImageHeight);
            json.WriteStartArray("crop");
            json.WriteNumberValue(crop.X);
            json.WriteNumberValue(crop.Y);
            json.WriteNumberValue(crop.X + crop.Width);
            json.WriteNumberValue(crop.Y + crop.Height);
            json.WriteEndArray();
            WriteBox(json, "target", crop.Target);
            json.WriteNumber("detectionsDrawn", crop.DetectionsDrawn);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("image");
        }

        json.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter json, StoredFile file, string contentType)
    {
        json.WriteString("file", file.Name);
        json.WriteString("contentType", contentType);
        json.WriteString("sha256", file.Sha256);
        json.WriteNumber("bytes", file.Bytes);
    }

    private static void WriteBox(Utf8JsonWriter json, string name, PixelBox? box)
    {
        if (box is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartArray(name);
        json.WriteNumberValue(box.X1);
        json.WriteNumberValue(box.Y1);
        json.WriteNumberValue(box.X2);
        json.WriteNumberValue(box.Y2);
        json.WriteEndArray();
    }

    private static void WriteNullableInt(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
