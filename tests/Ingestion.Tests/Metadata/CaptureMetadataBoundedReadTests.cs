using DroneInspect.Ingestion.Metadata;
using DroneInspect.Ingestion.Tests.Support;
using OpenCvSharp;

namespace DroneInspect.Ingestion.Tests.Metadata;

public class CaptureMetadataBoundedReadTests
{
    [Fact]
    public void HugeJpegIsReadOnlyUpToItsImageData()
    {
        using var temp = new TempFolder();
        using var image = new Mat(16, 24, MatType.CV_8UC3, Scalar.All(128));
        var path = temp.Write("huge.jpg", image.ImEncode(".jpg"));
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.SetLength(300L * 1024 * 1024); // a sparse 300 MB tail after the image data
        }

        CaptureMetadataReader.Read(path); // warm up the reader's own one-time allocations
        var before = GC.GetAllocatedBytesForCurrentThread();
        var metadata = CaptureMetadataReader.Read(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((24, 16), (metadata.ImageWidth, metadata.ImageHeight));
        Assert.True(allocated < 4 * 1024 * 1024, $"reading the metadata allocated {allocated} bytes");
    }

    [Fact]
    public void JpegHeaderOverTheCapIsInvalidData()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "padded.jpg");
        using (var file = File.Create(path))
        {
            file.Write([0xFF, 0xD8]);
            var segment = new byte[65535 + 2];
            segment[0] = 0xFF;
            segment[1] = 0xEB; // APP11
            segment[2] = 0xFF;
            segment[3] = 0xFF;
            for (var written = 0L; written <= CaptureMetadataReader.MaxJpegHeaderBytes; written += segment.Length)
            {
                file.Write(segment);
            }
        }

        var error = Assert.Throws<InvalidDataException>(() => CaptureMetadataReader.Read(path));

        Assert.Contains("padded.jpg has a JPEG header over", error.Message);
    }
}
