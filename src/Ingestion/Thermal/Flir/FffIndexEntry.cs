namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>One entry of an FFF record directory (32 bytes in the file). Offsets count from the start of the FFF record.</summary>
public readonly record struct FffIndexEntry(ushort Type, ushort Subtype, uint Version, uint Id, uint Offset, uint Length)
{
    public const ushort Free = 0x00;
    public const ushort RawData = 0x01;

    /// <summary>The visual image a FLIR camera stores beside the thermal one (ExifTool's "EmbeddedImage", record type 14).</summary>
    public const ushort EmbeddedImage = 0x0E;
    public const ushort CameraInfo = 0x20;
    public const ushort GpsInfo = 0x2B;

    /// <summary>Size of one directory entry in bytes.</summary>
    public const int Size = 32;
}
