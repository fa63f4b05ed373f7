using System.Buffers.Binary;
using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Flir;
using DroneInspect.Ingestion.Thermal.Jpeg;

namespace DroneInspect.Ingestion.Tests.Thermal;

public class BadThermalInputTests
{
    private const int FffDirectoryOffset = 0x40; // frame_000000.fff: header says the directory starts right after it

    [Fact]
    public void ZeroByteFileIsRefusedAsEmpty()
    {
        using var temp = new TempFolder();
        var path = temp.Write("DJI_0001_T.JPG", []);

        var error = Assert.Throws<ThermalFormatException>(() => ThermalDecoder.Decode(path));

        Assert.Contains("empty", error.Message);
    }

    [Theory]
    [InlineData("noise.JPG", false)]
    [InlineData("noise.fff", false)]
    [InlineData("noise_after_soi.JPG", true)]
    public void RandomBytesAreRefused(string name, bool startLikeJpeg)
    {
        using var temp = new TempFolder();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        if (startLikeJpeg)
        {
            bytes[0] = 0xFF;
            bytes[1] = 0xD8;
            bytes[2] = 0xFF;
        }

        Assert.Throws<ThermalFormatException>(() => ThermalDecoder.Decode(temp.Write(name, bytes)));
    }

    [Fact]
    public void TextFileNamedJpgIsNeitherThermalNorAnImage()
    {
        using var temp = new TempFolder();
        var path = temp.Write("DJI_0042.JPG", "this is a flight log, not a picture\n"u8.ToArray());

        Assert.Throws<ThermalFormatException>(() => ThermalDecoder.Decode(path));
        Assert.Throws<InvalidDataException>(() => CaptureMetadataReader.Read(path));
    }

    [SharedDataFact]
    public void FlirJpegTruncatedAnywhereInItsHeaderFailsClearly()
    {
        using var temp = new TempFolder();
        var original = File.ReadAllBytes(SharedData.File("flir/FLIR.jpg"));
        var last = JpegSegmentReader.Read(original)[^1];
        var headerEnd = last.PayloadOffset + last.PayloadLength;

        for (var i = 0; i < 40; i++)
        {
            var length = 1 + (int)((long)(headerEnd - 1) * i / 40);
            var path = temp.Write($"cut_{i}.jpg", original[..length]);

            var error = Assert.Throws<ThermalFormatException>(() => ThermalDecoder.Decode(path));
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
        }
    }

    [SharedDataFact]
    public void BareFffTruncatedAnywhereFailsClearly()
    {
        using var temp = new TempFolder();
        var original = File.ReadAllBytes(SharedData.File("flir/frame_000000.fff"));

        for (var i = 0; i < 40; i++)
        {
            var length = 1 + (int)((long)(original.Length - 2) * i / 40);
            var path = temp.Write($"cut_{i}.fff", original[..length]);

            Assert.Throws<ThermalFormatException>(() => ThermalDecoder.Decode(path));
        }
    }

    [SharedDataFact]
    public void IndexEntryPointingOutsideTheRecordIsRefused()
    {
        using var temp = new TempFolder();
        var bytes = File.ReadAllBytes(SharedData.File("flir/frame_000000.fff"));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(FffDirectoryOffset + 12), 0x7FFF_FFF0); // first entry's offset

        var error = Assert.Throws<ThermalFormatException>(() => ThermalDecoder.Decode(temp.Write("bad_index.fff", bytes)));

        Assert.Contains("points outside the record", error.Message);
    }

    [SharedDataFact]
    public void DirectoryLargerThanTheRecordIsRefused()
    {
        using var temp = new TempFolder();
        var bytes = File.ReadAllBytes(SharedData.File("flir/frame_000000.fff"));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(0x1C), 0xFFFF_FFFF); // entry count

        var error = Assert.Throws<ThermalFormatException>(() => ThermalDecoder.Decode(temp.Write("bad_count.fff", bytes)));

        Assert.Contains("directory", error.Message);
    }

    [SharedDataFact]
    public void HugeDeclaredRawDimensionsAreRefused()
    {
        using var temp = new TempFolder();
        var bytes = File.ReadAllBytes(SharedData.File("flir/frame_000000.fff"));
        var raw = FffDirectory.Parse(bytes).Find(FffIndexEntry.RawData)!.Value;
        var record = bytes.AsSpan((int)raw.Offset);
        var littleEndian = BinaryPrimitives.ReadUInt16BigEndian(record) >= 0x100;
        if (littleEndian)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(record[2..], 60000);
        }
        else
        {
            BinaryPrimitives.WriteUInt16BigEndian(record[2..], 60000);
        }

        var error = Assert.Throws<ThermalFormatException>(() => ThermalDecoder.Decode(temp.Write("huge.fff", bytes)));

        Assert.Contains("60000", error.Message);
    }

    [SharedDataFact]
    public void CorruptedFffHeadersNeverThrowAnythingButThermalFormatException()
    {
        var original = File.ReadAllBytes(SharedData.File("flir/frame_000000.fff"));
        var random = new Random(12345);
        for (var trial = 0; trial < 200; trial++)
        {
            var bytes = (byte[])original.Clone();
            for (var flips = 0; flips < 4; flips++)
            {
                bytes[random.Next(0, 0x600)] = (byte)random.Next(256); // header, directory and camera info
            }

            try
            {
                FlirReader.Read(bytes, "fuzzed.fff");
            }
            catch (ThermalFormatException)
            {
                // a plain refusal is a correct outcome
            }
        }
    }
}
