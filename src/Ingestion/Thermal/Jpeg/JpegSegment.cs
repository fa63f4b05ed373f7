namespace DroneInspect.Ingestion.Thermal.Jpeg;

/// <summary>One JPEG marker segment: its marker byte (0xE1 for APP1) and where its payload lies in the file.</summary>
public readonly record struct JpegSegment(byte Marker, int PayloadOffset, int PayloadLength)
{
    public const byte App1 = 0xE1;
    public const byte App3 = 0xE3;
    public const byte App4 = 0xE4;

    public ReadOnlySpan<byte> Payload(ReadOnlySpan<byte> file) => file.Slice(PayloadOffset, PayloadLength);
}
