using System.Buffers.Binary;
using System.Text;
using DroneInspect.Synthetic.Radiometry;

namespace DroneInspect.Synthetic.Formats;

/// <summary>
/// Writes a FLIR FFF record (the layout ExifTool documents in FLIR.pm), little-endian throughout: a 64-byte header,
/// a directory of 32-byte entries, then a RawData record (16-bit raw image as PNG, samples byte-swapped as FLIR
/// cameras do) and a CameraInfo record (calibration and measurement conditions, temperatures in kelvin).
/// </summary>
internal static class FlirFffWriter
{
    private const int HeaderBytes = 0x40;
    private const int EntryBytes = 0x20;
    private const int FormatVersion = 100;
    private const ushort RecordRawData = 0x01;
    private const ushort RecordCameraInfo = 0x20;
    private const ushort RawSubtypePng = 3;
    private const int RawDataHeaderBytes = 0x20;
    private const int CameraInfoBytes = 0x480;
    private const double KelvinOffset = 273.15;

    /// <param name="rawPng">PNG of the raw counts, samples already byte-swapped.</param>
    public static byte[] Write(byte[] rawPng, int width, int height, FlirCalibration c, string cameraModel,
        string serialNumber, DateTimeOffset captureTime, (ushort Min, ushort Max, ushort Median) rawStats)
    {
        byte[] rawRecord = RawData(rawPng, width, height);
        byte[] infoRecord = CameraInfo(c, cameraModel, serialNumber, captureTime, rawStats);
        const int entries = 2;
        int rawOffset = HeaderBytes + entries * EntryBytes;
        int infoOffset = rawOffset + rawRecord.Length;
        var fff = new byte[infoOffset + infoRecord.Length];
        var span = fff.AsSpan();
        "FFF\0"u8.CopyTo(span);
        Encoding.ASCII.GetBytes("DroneInspect").CopyTo(span[4..20]);
        BinaryPrimitives.WriteInt32LittleEndian(span[0x14..], FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(span[0x18..], HeaderBytes);
        BinaryPrimitives.WriteInt32LittleEndian(span[0x1c..], entries);
        BinaryPrimitives.WriteInt32LittleEndian(span[0x20..], entries + 1);
        Entry(span[HeaderBytes..], RecordRawData, RawSubtypePng, 1, rawOffset, rawRecord.Length);
        Entry(span[(HeaderBytes + EntryBytes)..], RecordCameraInfo, 1, 2, infoOffset, infoRecord.Length);
        rawRecord.CopyTo(span[rawOffset..]);
        infoRecord.CopyTo(span[infoOffset..]);
        return fff;
    }

    /// <summary>Splits an FFF record into JPEG APP1 payloads: "FLIR\0", 0x01, chunk number, last chunk number, data.</summary>
    public static List<(byte Marker, byte[] Payload)> ToApp1Segments(byte[] fff)
    {
        const int headerBytes = 8;
        const int chunkBytes = 65000;
        int count = (fff.Length + chunkBytes - 1) / chunkBytes;
        if (count > 256)
        {
            throw new ArgumentException($"An FFF record of {fff.Length} bytes needs more than 256 APP1 chunks.");
        }

        var segments = new List<(byte, byte[])>(count);
        for (int i = 0; i < count; i++)
        {
            int start = i * chunkBytes, length = Math.Min(chunkBytes, fff.Length - start);
            var payload = new byte[headerBytes + length];
            "FLIR\0"u8.CopyTo(payload);
            payload[5] = 0x01;
            payload[6] = (byte)i;
            payload[7] = (byte)(count - 1);
            Array.Copy(fff, start, payload, headerBytes, length);
            segments.Add((0xE1, payload));
        }

        return segments;
    }

    private static void Entry(Span<byte> e, ushort type, ushort subtype, int id, int offset, int length)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(e, type);
        BinaryPrimitives.WriteUInt16LittleEndian(e[2..], subtype);
        BinaryPrimitives.WriteInt32LittleEndian(e[4..], FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(e[8..], id);
        BinaryPrimitives.WriteInt32LittleEndian(e[0x0c..], offset);
        BinaryPrimitives.WriteInt32LittleEndian(e[0x10..], length);
    }

    private static byte[] RawData(byte[] png, int width, int height)
    {
        var record = new byte[RawDataHeaderBytes + png.Length];
        var s = record.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(s, 2); // byte-order marker: reads 2 in the record's order
        BinaryPrimitives.WriteUInt16LittleEndian(s[2..], (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(s[4..], (ushort)height);
        BinaryPrimitives.WriteUInt16LittleEndian(s[12..], (ushort)(width - 1));
        BinaryPrimitives.WriteUInt16LittleEndian(s[16..], (ushort)(height - 1));
        png.CopyTo(s[RawDataHeaderBytes..]);
        return record;
    }

    private static byte[] CameraInfo(FlirCalibration c, string model, string serial, DateTimeOffset time,
        (ushort Min, ushort Max, ushort Median) raw)
    {
        var record = new byte[CameraInfoBytes];
        var s = record.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(s, 2);
        Float(s, 0x20, c.Emissivity);
        Float(s, 0x24, c.ObjectDistanceMeters);
        Float(s, 0x28, (float)(c.ReflectedTemperatureCelsius + KelvinOffset));
        Float(s, 0x2c, (float)(c.AtmosphericTemperatureCelsius + KelvinOffset));
        Float(s, 0x30, (float)(c.IrWindowTemperatureCelsius + KelvinOffset));
        Float(s, 0x34, c.IrWindowTransmission);
        Float(s, 0x3c, c.RelativeHumidity);
        Float(s, 0x58, c.PlanckR1);
        Float(s, 0x5c, c.PlanckB);
        Float(s, 0x60, c.PlanckF);
        Float(s, 0x70, c.AtmosphericAlpha1);
        Float(s, 0x74, c.AtmosphericAlpha2);
        Float(s, 0x78, c.AtmosphericBeta1);
        Float(s, 0x7c, c.AtmosphericBeta2);
        Float(s, 0x80, c.AtmosphericX);
        Float(s, 0x90, (float)(150 + KelvinOffset));
        Float(s, 0x94, (float)(-20 + KelvinOffset));
        Float(s, 0x98, (float)(200 + KelvinOffset));
        Float(s, 0x9c, (float)(-40 + KelvinOffset));
        Float(s, 0xa0, (float)(150 + KelvinOffset));
        Float(s, 0xa4, (float)(-20 + KelvinOffset));
        Float(s, 0xa8, (float)(238 + KelvinOffset));
        Float(s, 0xac, (float)(-60 + KelvinOffset));
        Text(s, 0xd4, 32, model);
        Text(s, 0xf4, 16, "SYN-640-13");
        Text(s, 0x104, 16, serial);
        Text(s, 0x114, 16, "DroneInspect");
        Text(s, 0x170, 32, "FOL13.5");
        Float(s, 0x1b4, 31.7f);
        BinaryPrimitives.WriteInt32LittleEndian(s[0x308..], c.PlanckO);
        Float(s, 0x30c, c.PlanckR2);
        BinaryPrimitives.WriteUInt16LittleEndian(s[0x310..], raw.Min);
        BinaryPrimitives.WriteUInt16LittleEndian(s[0x312..], raw.Max);
        BinaryPrimitives.WriteUInt16LittleEndian(s[0x338..], raw.Median);
        BinaryPrimitives.WriteUInt16LittleEndian(s[0x33c..], (ushort)(raw.Max - raw.Min));
        // Capture time: UTC seconds since 1970, milliseconds, and the zone as minutes west of UTC.
        BinaryPrimitives.WriteUInt32LittleEndian(s[0x384..], (uint)time.ToUnixTimeSeconds());
        BinaryPrimitives.WriteUInt32LittleEndian(s[0x388..], (uint)time.Millisecond);
        BinaryPrimitives.WriteInt16LittleEndian(s[0x38c..], (short)-time.Offset.TotalMinutes);
        return record;
    }

    private static void Float(Span<byte> s, int offset, float value) => BinaryPrimitives.WriteSingleLittleEndian(s[offset..], value);

    private static void Text(Span<byte> s, int offset, int size, string value)
    {
        var bytes = Encoding.ASCII.GetBytes(value);
        bytes.AsSpan(0, Math.Min(bytes.Length, size - 1)).CopyTo(s[offset..]);
    }
}
