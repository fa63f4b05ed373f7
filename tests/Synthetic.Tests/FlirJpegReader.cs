using System.Buffers.Binary;
using OpenCvSharp;

namespace DroneInspect.Synthetic.Tests;

/// <summary>
/// A small, independent reader of FLIR R-JPEGs for the tests: concatenates the "FLIR" APP1 chunks, walks the FFF
/// directory (little-endian), decodes the RawData PNG (byte-swapped samples) and reads the CameraInfo values.
/// </summary>
internal sealed record FlirJpegContent(int Width, int Height, ushort[] Raw, IReadOnlyDictionary<string, double> Info)
{
    public static FlirJpegContent Read(string path)
    {
        byte[] jpeg = File.ReadAllBytes(path);
        var chunks = new SortedDictionary<int, byte[]>();
        int pos = 2;
        while (pos + 4 <= jpeg.Length && jpeg[pos] == 0xFF && jpeg[pos + 1] != 0xDA)
        {
            int length = (jpeg[pos + 2] << 8) | jpeg[pos + 3];
            var payload = jpeg.AsSpan(pos + 4, length - 2);
            if (jpeg[pos + 1] == 0xE1 && payload.StartsWith("FLIR\0"u8))
            {
                chunks[payload[6]] = payload[8..].ToArray();
            }

            pos += 2 + length;
        }

        byte[] fff = chunks.Values.SelectMany(c => c).ToArray();
        Assert.True(fff.AsSpan().StartsWith("FFF\0"u8), "the FLIR chunks do not start with an FFF header");
        Assert.Equal(100, BinaryPrimitives.ReadInt32LittleEndian(fff.AsSpan(0x14)));
        int directory = BinaryPrimitives.ReadInt32LittleEndian(fff.AsSpan(0x18));
        int count = BinaryPrimitives.ReadInt32LittleEndian(fff.AsSpan(0x1c));
        ushort[]? raw = null;
        int width = 0, height = 0;
        var info = new Dictionary<string, double>();
        for (int i = 0; i < count; i++)
        {
            var entry = fff.AsSpan(directory + i * 0x20);
            int type = BinaryPrimitives.ReadUInt16LittleEndian(entry);
            int offset = BinaryPrimitives.ReadInt32LittleEndian(entry[0x0c..]);
            int size = BinaryPrimitives.ReadInt32LittleEndian(entry[0x10..]);
            var record = fff.AsSpan(offset, size);
            byte[] recordBytes = record.ToArray();
            if (type == 1)
            {
                width = BinaryPrimitives.ReadUInt16LittleEndian(record[2..]);
                height = BinaryPrimitives.ReadUInt16LittleEndian(record[4..]);
                raw = DecodeSwappedPng(record[0x20..].ToArray());
            }
            else if (type == 0x20)
            {
                float F(int o) => BinaryPrimitives.ReadSingleLittleEndian(recordBytes.AsSpan(o));
                info["Emissivity"] = F(0x20);
                info["ObjectDistance"] = F(0x24);
                info["ReflectedKelvin"] = F(0x28);
                info["AtmosphericKelvin"] = F(0x2c);
                info["WindowKelvin"] = F(0x30);
                info["WindowTransmission"] = F(0x34);
                info["RelativeHumidity"] = F(0x3c);
                info["R1"] = F(0x58);
                info["B"] = F(0x5c);
                info["F"] = F(0x60);
                info["Alpha1"] = F(0x70);
                info["Alpha2"] = F(0x74);
                info["Beta1"] = F(0x78);
                info["Beta2"] = F(0x7c);
                info["X"] = F(0x80);
                info["O"] = BinaryPrimitives.ReadInt32LittleEndian(record[0x308..]);
                info["R2"] = F(0x30c);
            }
        }

        Assert.NotNull(raw);
        return new FlirJpegContent(width, height, raw, info);
    }

    public static ushort[] DecodeSwappedPng(byte[] png)
    {
        using var mat = Cv2.ImDecode(png, ImreadModes.Unchanged);
        Assert.Equal(MatType.CV_16UC1, mat.Type());
        mat.GetArray(out ushort[] samples);
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = (ushort)((samples[i] >> 8) | (samples[i] << 8));
        }

        return samples;
    }

    /// <summary>Thermimage raw2temp: removes reflection, atmosphere and window, then inverts Planck. Celsius.</summary>
    public double TemperatureCelsius(double raw)
    {
        double e = Info["Emissivity"], d = Info["ObjectDistance"], window = Info["WindowTransmission"];
        double atmC = Info["AtmosphericKelvin"] - 273.15;
        double h2o = Info["RelativeHumidity"] * Math.Exp(1.5587 + 0.06939 * atmC - 0.00027816 * atmC * atmC + 0.00000068455 * Math.Pow(atmC, 3));
        double Tau(double distance) =>
            Info["X"] * Math.Exp(-Math.Sqrt(distance) * (Info["Alpha1"] + Info["Beta1"] * Math.Sqrt(h2o)))
            + (1 - Info["X"]) * Math.Exp(-Math.Sqrt(distance) * (Info["Alpha2"] + Info["Beta2"] * Math.Sqrt(h2o)));
        double tau1 = Tau(d / 2), tau2 = Tau(d / 2);
        double Planck(double kelvin) => Info["R1"] / (Info["R2"] * (Math.Exp(Info["B"] / kelvin) - Info["F"])) - Info["O"];
        double reflected = (1 - e) / e * Planck(Info["ReflectedKelvin"]);
        double atmosphere1 = (1 - tau1) / e / tau1 * Planck(Info["AtmosphericKelvin"]);
        double windowTerm = (1 - window) / e / tau1 / window * Planck(Info["WindowKelvin"]);
        double atmosphere2 = (1 - tau2) / e / tau1 / window / tau2 * Planck(Info["AtmosphericKelvin"]);
        double rawObject = raw / e / tau1 / window / tau2 - atmosphere1 - atmosphere2 - windowTerm - reflected;
        return Info["B"] / Math.Log(Info["R1"] / (Info["R2"] * (rawObject + Info["O"])) + Info["F"]) - 273.15;
    }
}
