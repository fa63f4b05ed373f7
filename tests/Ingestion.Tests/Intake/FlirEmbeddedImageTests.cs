using DroneInspect.Ingestion.Intake;
using DroneInspect.Ingestion.Tests.Support;
using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Flir;
using OpenCvSharp;

namespace DroneInspect.Ingestion.Tests.Intake;

public class FlirEmbeddedImageTests
{
    [SharedDataTheory]
    [InlineData("flir/FLIR.jpg")]
    [InlineData("flir/FLIR_T640.jpg")]
    [InlineData("flir/FLIR_AX8.jpg")]
    public void EmbeddedVisualImageMatchesThePublishedDump(string file)
    {
        var path = SharedData.File(file);
        var dump = ExifToolDump.For(path);

        var image = FlirReader.ReadEmbeddedImage(path);

        Assert.NotNull(image);
        Assert.Equal((int)dump.Number("Embedded Image Width"), image.Width);
        Assert.Equal((int)dump.Number("Embedded Image Height"), image.Height);
        Assert.Equal(dump["Embedded Image Type"], image.Format);
        Assert.Equal((int)dump.Number("Embedded Image"), image.Bytes.Length); // "(Binary data N bytes, ...)"
        using var decoded = Cv2.ImDecode(image.Bytes, ImreadModes.Color);
        Assert.Equal((image.Width, image.Height), (decoded.Width, decoded.Height));
    }

    [SharedDataFact]
    public void FileWithoutAnEmbeddedImageGivesNull()
    {
        Assert.Null(ExifToolDump.For(SharedData.File("flir/FLIR_E40.jpg"))["Embedded Image"]);

        Assert.Null(FlirReader.ReadEmbeddedImage(SharedData.File("flir/FLIR_E40.jpg")));
    }

    [Fact]
    public void NonFlirFileIsAPlainError()
    {
        byte[] jfif = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x06, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0xFF, 0xD9, 0x00, 0x00];

        var error = Assert.Throws<ThermalFormatException>(() => FlirReader.ReadEmbeddedImage(jfif, "plain.jpg"));

        Assert.Contains("no FLIR data", error.Message);
    }

    [SharedDataFact]
    public void PairingFromMetadataMarksTheFlirFileThatCarriesItsVisualImage()
    {
        using var temp = new TempFolder();
        var flir = temp.Write("IR_0042.jpg", File.ReadAllBytes(SharedData.File("flir/FLIR_T640.jpg")));
        var inventory = FlightIntake.FromFiles([flir]);

        var pair = Assert.Single(FlightIntake.PairWithMetadata(inventory.Files));

        Assert.True(pair.EmbeddedVisual);
        Assert.Equal(flir + CapturePair.EmbeddedSuffix, pair.VisualReference);
    }
}
