using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Flir;

namespace DroneInspect.Ingestion.Intake;

/// <summary>Reads the <see cref="CaptureFacts"/> pairing needs from a file on disk.</summary>
public static class CaptureFactsReader
{
    /// <summary>
    /// Capture time from the file's metadata, and for thermal FLIR files whether they embed a visual image. A file
    /// whose metadata cannot be read gives null facts (it then pairs by name only; intake reports its damage).
    /// </summary>
    public static CaptureFacts? Read(FlightFile file)
    {
        try
        {
            var metadata = CaptureMetadataReader.Read(file.Path);
            return new CaptureFacts(metadata.CaptureTime, file.Kind == CaptureKind.Thermal && CarriesEmbeddedVisual(file.Path));
        }
        catch (InvalidDataException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool CarriesEmbeddedVisual(string path)
    {
        try
        {
            return FlirReader.ReadEmbeddedImage(path) is not null;
        }
        catch (ThermalFormatException)
        {
            return false; // not FLIR (DJI, TIFF) or a damaged record: no visual image to offer
        }
    }
}
