using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Rendering;
using OpenCvSharp;

namespace DroneInspect.Ingestion.Tests.Thermal.Rendering;

public class ThermalPngRendererTests
{
    [Fact]
    public void HotterPixelsAreBrighterAndTheBandHoldsBarAndLabels()
    {
        const int width = 200, height = 150;
        var values = new float[width * height];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = 10 + (40f * (i % width) / (width - 1)); // 10 °C on the left to 50 °C on the right
        }

        var png = ThermalPngRenderer.Render(new TemperatureMap(width, height, values, isAbsolute: true));

        using var image = Cv2.ImDecode(png, ImreadModes.Color);
        Assert.Equal((width + ThermalPngRenderer.ScaleBandWidth, height), (image.Width, image.Height));
        using var gray = new Mat();
        Cv2.CvtColor(image, gray, ColorConversionCodes.BGR2GRAY);
        Assert.True(gray.At<byte>(height / 2, width - 1) > gray.At<byte>(height / 2, 0) + 100);
        Assert.True(gray.At<byte>(12, width + 14) > gray.At<byte>(height - 12, width + 14) + 100); // bar: hot at the top
        using var labels = new Mat(gray, new Rect(width + 30, 0, ThermalPngRenderer.ScaleBandWidth - 30, height));
        Assert.True(Cv2.CountNonZero(labels.LessThan(128)) > 20, "no label text drawn");
    }

    [Fact]
    public void UniformMapRendersWithoutDividingByZero()
    {
        var png = ThermalPngRenderer.Render(new TemperatureMap(4, 4, Enumerable.Repeat(12f, 16).ToArray(), isAbsolute: false));

        using var image = Cv2.ImDecode(png, ImreadModes.Color);
        Assert.Equal(4 + ThermalPngRenderer.ScaleBandWidth, image.Width);
    }
}
