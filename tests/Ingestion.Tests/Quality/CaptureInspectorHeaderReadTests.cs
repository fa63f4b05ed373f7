using DroneInspect.Ingestion.Quality;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Ingestion.Tests.Quality;

public class CaptureInspectorHeaderReadTests
{
    [SharedDataTheory]
    [InlineData("rgb_dji/DJI_0018.JPG")]
    [InlineData("dji_thermal/H20T/DJI_0001_R.JPG")]
    [InlineData("dji_thermal/M30T/DJI_0001_R.JPG")]
    [InlineData("flir/FLIR_T640.jpg")]
    [InlineData("flir/FLIR.jpg")]
    [InlineData("flir/frame_000000.fff")]
    [InlineData("tiff/duo_pro_r_radiometric.tiff")]
    public void ReadingOnlyTheHeaderGivesWhatReadingTheWholeFileGives(string file)
    {
        var path = SharedData.File(file);

        var whole = CaptureInspector.InspectAlone(path, hash: true);
        var header = CaptureInspector.InspectAlone(path, hash: false);

        Assert.Null(header.Sha256);
        Assert.NotNull(whole.Sha256);
        Assert.Equal(whole.Kind, header.Kind);
        Assert.Equal(whole.Metadata, header.Metadata);
        Assert.Equal(whole.Intrinsics, header.Intrinsics);
        Assert.Equal(whole.Thermal, header.Thermal);
        Assert.Equal(whole.Verdict.Reasons, header.Verdict.Reasons);
    }

    [SharedDataFact]
    public void JpegCutInsideItsHeaderIsUnreadableWithoutHashingToo()
    {
        using var temp = new TempFolder();
        var bytes = File.ReadAllBytes(SharedData.File("rgb_dji/DJI_0018.JPG"));
        var path = temp.Write("DJI_0018.JPG", bytes[..30000]); // inside its 50 kB EXIF segment

        var inspection = CaptureInspector.InspectAlone(path, hash: false);

        Assert.NotNull(inspection.Error);
        Assert.Contains("truncated", inspection.Error);
    }
}
