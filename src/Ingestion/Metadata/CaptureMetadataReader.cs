namespace DroneInspect.Ingestion.Metadata;

/// <summary>Reads EXIF, GPS and DJI XMP pose from a capture.</summary>
public static class CaptureMetadataReader
{
    /// <summary>Reads what the file holds; missing fields are null. Throws <see cref="InvalidDataException"/> for a file that is not an image.</summary>
    public static CaptureMetadata Read(string path) => throw new NotImplementedException("Ingestion helper implements this.");
}
