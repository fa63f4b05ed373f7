using DroneInspect.Synthetic.Formats;

namespace DroneInspect.Synthetic.Tests;

public sealed class FormatWriterTests
{
    [Fact]
    public void FffRecordIsSplitIntoNumberedFlirChunks()
    {
        var fff = new byte[150_000];
        new Random(1).NextBytes(fff);
        var segments = FlirFffWriter.ToApp1Segments(fff);
        Assert.Equal(3, segments.Count);
        for (int i = 0; i < segments.Count; i++)
        {
            var payload = segments[i].Payload;
            Assert.Equal(0xE1, segments[i].Marker);
            Assert.True(payload.AsSpan().StartsWith("FLIR\0"u8));
            Assert.Equal(i, payload[6]);
            Assert.Equal(segments.Count - 1, payload[7]);
            Assert.True(payload.Length <= JpegSegments.MaxPayloadBytes);
        }

        Assert.Equal(fff, segments.SelectMany(s => s.Payload.Skip(8)).ToArray());
    }

    [Fact]
    public void SegmentsAreInsertedAfterTheExifSegment()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x08, .. "Exif\0\0"u8, 0xFF, 0xDB, 0x00, 0x02, 0xFF, 0xD9];
        var result = JpegSegments.InsertAfterExif(jpeg, [(0xE1, "XMP"u8.ToArray())]);
        Assert.Equal([0xFF, 0xE1, 0x00, 0x05, (byte)'X', (byte)'M', (byte)'P'], result.Skip(12).Take(7));
        Assert.Equal(jpeg.Length + 7, result.Length);
    }

    [Fact]
    public void InsertingIntoSomethingThatIsNotAJpegFailsClearly() =>
        Assert.Throws<ArgumentException>(() => JpegSegments.InsertAfterExif([1, 2, 3, 4], []));

    [Fact]
    public void DjiAnglesCarryAnExplicitSign()
    {
        Assert.Equal("+12.30", DjiXmpPacket.Signed(12.3, 2));
        Assert.Equal("-45.00", DjiXmpPacket.Signed(-45, 2));
        Assert.Equal("+0.00", DjiXmpPacket.Signed(-0.001, 2));
    }

    [Fact]
    public void GenerateRejectsAnEmptyOutputFolder() =>
        Assert.Throws<ArgumentException>(() => SampleFlightGenerator.Generate(" "));
}
