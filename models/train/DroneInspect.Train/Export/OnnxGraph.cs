using System.Globalization;
using System.Runtime.InteropServices;
using static DroneInspect.Train.Export.ProtoWriter;

namespace DroneInspect.Train.Export;

/// <summary>
/// Builds an ONNX ModelProto by hand (field numbers from onnx.proto): nodes with int / ints attributes, float and
/// int64 initializers stored as raw little-endian data, one float input and one float output.
/// </summary>
internal sealed class OnnxGraph
{
    private const long IrVersion = 8;
    private const int FloatType = 1;
    private const int Int64Type = 7;
    private const int AttributeInt = 2;
    private const int AttributeInts = 7;

    private readonly List<byte[]> _nodes = [];
    private readonly List<byte[]> _initializers = [];
    private int _counter;

    public string Fresh(string prefix) => $"{prefix}_{_counter++}";

    public string Node(string op, string[] inputs, IReadOnlyDictionary<string, long[]>? attributes = null, string? output = null)
    {
        string result = output ?? Fresh(op.ToLowerInvariant());
        _nodes.Add(Message(n =>
        {
            foreach (string input in inputs)
            {
                String(n, 1, input);
            }

            String(n, 2, result);
            String(n, 3, result + "_node");
            String(n, 4, op);
            foreach (var (name, values) in attributes ?? new Dictionary<string, long[]>())
            {
                Nested(n, 5, Attribute(name, values, single: name == "axis"));
            }
        }));
        return result;
    }

    public string Floats(string name, long[] dims, float[] values)
    {
        if (dims.Aggregate(1L, (a, b) => a * b) != values.Length)
        {
            throw new ArgumentException($"Initializer {name}: {values.Length} values do not fill dims [{string.Join(", ", dims)}].");
        }

        _initializers.Add(Tensor(name, dims, FloatType, MemoryMarshal.AsBytes(values.AsSpan()).ToArray()));
        return name;
    }

    public string Int64s(string name, long[] values)
    {
        _initializers.Add(Tensor(name, [values.Length], Int64Type, MemoryMarshal.AsBytes(values.AsSpan()).ToArray()));
        return name;
    }

    /// <param name="inputDims">Numbers are fixed dims, other strings symbolic (e.g. "batch").</param>
    public byte[] ToModel(string graphName, string input, string[] inputDims, string output, string[] outputDims, long opset,
        IReadOnlyDictionary<string, string> metadata) => Message(m =>
    {
        Int64(m, 1, IrVersion);
        String(m, 2, "DroneInspect.Train");
        Nested(m, 7, Message(g =>
        {
            foreach (var node in _nodes)
            {
                Nested(g, 1, node);
            }

            String(g, 2, graphName);
            foreach (var init in _initializers)
            {
                Nested(g, 5, init);
            }

            Nested(g, 11, ValueInfo(input, inputDims));
            Nested(g, 12, ValueInfo(output, outputDims));
        }));
        Nested(m, 8, Message(o => Int64(o, 2, opset)));
        foreach (var (key, value) in metadata)
        {
            Nested(m, 14, Message(e =>
            {
                String(e, 1, key);
                String(e, 2, value);
            }));
        }
    });

    private static byte[] Attribute(string name, long[] values, bool single) => Message(a =>
    {
        String(a, 1, name);
        if (single)
        {
            Int64(a, 3, values[0]);
            a.WriteTag(20, Google.Protobuf.WireFormat.WireType.Varint);
            a.WriteInt32(AttributeInt);
            return;
        }

        foreach (long v in values)
        {
            Int64(a, 8, v);
        }

        a.WriteTag(20, Google.Protobuf.WireFormat.WireType.Varint);
        a.WriteInt32(AttributeInts);
    });

    private static byte[] Tensor(string name, long[] dims, int type, byte[] raw) => Message(t =>
    {
        foreach (long dim in dims)
        {
            Int64(t, 1, dim);
        }

        t.WriteTag(2, Google.Protobuf.WireFormat.WireType.Varint);
        t.WriteInt32(type);
        String(t, 8, name);
        Bytes(t, 9, raw);
    });

    private static byte[] ValueInfo(string name, string[] dims) => Message(v =>
    {
        String(v, 1, name);
        var shape = Message(s =>
        {
            foreach (string dim in dims)
            {
                Nested(s, 1, Message(d =>
                {
                    if (long.TryParse(dim, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value))
                    {
                        Int64(d, 1, value);
                    }
                    else
                    {
                        String(d, 2, dim);
                    }
                }));
            }
        });
        var tensorType = Message(tt =>
        {
            tt.WriteTag(1, Google.Protobuf.WireFormat.WireType.Varint);
            tt.WriteInt32(FloatType);
            Nested(tt, 2, shape);
        });
        Nested(v, 2, Message(tp => Nested(tp, 1, tensorType)));
    });
}
