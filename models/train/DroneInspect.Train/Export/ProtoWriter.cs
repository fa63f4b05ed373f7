using Google.Protobuf;

namespace DroneInspect.Train.Export;

/// <summary>Protobuf wire-format helpers: each message is written to bytes, then nested as a length-delimited field.</summary>
internal static class ProtoWriter
{
    public static byte[] Message(Action<CodedOutputStream> write)
    {
        using var buffer = new MemoryStream();
        using (var stream = new CodedOutputStream(buffer, leaveOpen: true))
        {
            write(stream);
        }

        return buffer.ToArray();
    }

    public static void Nested(CodedOutputStream stream, int field, byte[] message)
    {
        stream.WriteTag(field, WireFormat.WireType.LengthDelimited);
        stream.WriteBytes(ByteString.CopyFrom(message));
    }

    public static void String(CodedOutputStream stream, int field, string value)
    {
        stream.WriteTag(field, WireFormat.WireType.LengthDelimited);
        stream.WriteString(value);
    }

    public static void Int64(CodedOutputStream stream, int field, long value)
    {
        stream.WriteTag(field, WireFormat.WireType.Varint);
        stream.WriteInt64(value);
    }

    public static void Bytes(CodedOutputStream stream, int field, byte[] value)
    {
        stream.WriteTag(field, WireFormat.WireType.LengthDelimited);
        stream.WriteBytes(ByteString.CopyFrom(value));
    }
}
