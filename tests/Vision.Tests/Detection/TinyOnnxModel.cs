using System.Runtime.InteropServices;
using System.Globalization;
using Google.Protobuf;

namespace DroneInspect.Vision.Tests.Detection;

/// <summary>
/// Writes a minimal ONNX ModelProto whose output is a planted constant: output = planted + 0 * (per-image sum of images), so the image
/// input is consumed and the batch dimension follows the input. Written with Google.Protobuf's wire writer (field numbers
/// from onnx.proto), so no model file is committed.
/// </summary>
internal static class TinyOnnxModel
{
    private const int FloatType = 1;
    private const int Int64Type = 7;
    private const int AttributeInt = 2;
    private const long IrVersion = 8;
    private const long Opset = 13;

    /// <param name="plantedDims">Output shape with batch 1, e.g. [1, 4 + nc, N]; the model's output has a dynamic batch.</param>
    public static byte[] Build(int inputSide, long[] plantedDims, float[] planted, IReadOnlyDictionary<string, string>? metadata = null)
    {
        long[] reshape = [0, .. Enumerable.Repeat(1L, plantedDims.Length - 1)];
        var graph = Message(g =>
        {
            Nested(g, 1, Node("ReduceSum", ["images", "reduce_axes"], ["sum"], ("keepdims", 1)));
            Nested(g, 1, Node("Reshape", ["sum", "reshape_shape"], ["sum_r"]));
            Nested(g, 1, Node("Mul", ["sum_r", "zero"], ["nothing"]));
            Nested(g, 1, Node("Add", ["planted", "nothing"], ["output0"]));
            g.WriteTag(2, WireFormat.WireType.LengthDelimited);
            g.WriteString("tiny");
            Nested(g, 5, FloatTensor("planted", plantedDims, planted));
            Nested(g, 5, FloatTensor("zero", [], [0f]));
            Nested(g, 5, Int64Tensor("reshape_shape", reshape));
            Nested(g, 5, Int64Tensor("reduce_axes", [1, 2, 3]));
            Nested(g, 11, ValueInfo("images", ["batch", "3", inputSide.ToString(CultureInfo.InvariantCulture), inputSide.ToString(CultureInfo.InvariantCulture)]));
            Nested(g, 12, ValueInfo("output0", ["batch", .. plantedDims.Skip(1).Select(d => d.ToString(CultureInfo.InvariantCulture))]));
        });
        return Message(m =>
        {
            m.WriteTag(1, WireFormat.WireType.Varint);
            m.WriteInt64(IrVersion);
            m.WriteTag(2, WireFormat.WireType.LengthDelimited);
            m.WriteString("DroneInspect.Vision.Tests");
            Nested(m, 7, graph);
            Nested(m, 8, Message(o =>
            {
                o.WriteTag(2, WireFormat.WireType.Varint);
                o.WriteInt64(Opset);
            }));
            foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
            {
                Nested(m, 14, Message(e =>
                {
                    e.WriteTag(1, WireFormat.WireType.LengthDelimited);
                    e.WriteString(key);
                    e.WriteTag(2, WireFormat.WireType.LengthDelimited);
                    e.WriteString(value);
                }));
            }
        });
    }

    public static string WriteTo(string folder, byte[] model, string name = "model.onnx")
    {
        string path = Path.Combine(folder, name);
        File.WriteAllBytes(path, model);
        return path;
    }

    private static byte[] Node(string op, string[] inputs, string[] outputs, params (string Name, long Value)[] attributes) => Message(n =>
    {
        foreach (string input in inputs)
        {
            n.WriteTag(1, WireFormat.WireType.LengthDelimited);
            n.WriteString(input);
        }

        foreach (string output in outputs)
        {
            n.WriteTag(2, WireFormat.WireType.LengthDelimited);
            n.WriteString(output);
        }

        n.WriteTag(4, WireFormat.WireType.LengthDelimited);
        n.WriteString(op);
        foreach (var (name, value) in attributes)
        {
            Nested(n, 5, Message(a =>
            {
                a.WriteTag(1, WireFormat.WireType.LengthDelimited);
                a.WriteString(name);
                a.WriteTag(3, WireFormat.WireType.Varint);
                a.WriteInt64(value);
                a.WriteTag(20, WireFormat.WireType.Varint);
                a.WriteInt32(AttributeInt);
            }));
        }
    });

    private static byte[] FloatTensor(string name, long[] dims, float[] values) =>
        Tensor(name, dims, FloatType, MemoryMarshal.AsBytes(values.AsSpan()).ToArray());

    private static byte[] Int64Tensor(string name, long[] values) =>
        Tensor(name, [values.Length], Int64Type, MemoryMarshal.AsBytes(values.AsSpan()).ToArray());

    private static byte[] Tensor(string name, long[] dims, int type, byte[] raw) => Message(t =>
    {
        foreach (long dim in dims)
        {
            t.WriteTag(1, WireFormat.WireType.Varint);
            t.WriteInt64(dim);
        }

        t.WriteTag(2, WireFormat.WireType.Varint);
        t.WriteInt32(type);
        t.WriteTag(8, WireFormat.WireType.LengthDelimited);
        t.WriteString(name);
        t.WriteTag(9, WireFormat.WireType.LengthDelimited);
        t.WriteBytes(ByteString.CopyFrom(raw));
    });

    /// <summary>A float tensor value info; numeric dims are fixed, others symbolic.</summary>
    private static byte[] ValueInfo(string name, string[] dims) => Message(v =>
    {
        v.WriteTag(1, WireFormat.WireType.LengthDelimited);
        v.WriteString(name);
        var shape = Message(s =>
        {
            foreach (string dim in dims)
            {
                Nested(s, 1, Message(d =>
                {
                    if (long.TryParse(dim, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value))
                    {
                        d.WriteTag(1, WireFormat.WireType.Varint);
                        d.WriteInt64(value);
                    }
                    else
                    {
                        d.WriteTag(2, WireFormat.WireType.LengthDelimited);
                        d.WriteString(dim);
                    }
                }));
            }
        });
        var tensorType = Message(tt =>
        {
            tt.WriteTag(1, WireFormat.WireType.Varint);
            tt.WriteInt32(FloatType);
            Nested(tt, 2, shape);
        });
        Nested(v, 2, Message(tp => Nested(tp, 1, tensorType)));
    });

    private static void Nested(CodedOutputStream stream, int field, byte[] message)
    {
        stream.WriteTag(field, WireFormat.WireType.LengthDelimited);
        stream.WriteBytes(ByteString.CopyFrom(message));
    }

    private static byte[] Message(Action<CodedOutputStream> write)
    {
        using var buffer = new MemoryStream();
        using (var stream = new CodedOutputStream(buffer, leaveOpen: true))
        {
            write(stream);
        }

        return buffer.ToArray();
    }
}
