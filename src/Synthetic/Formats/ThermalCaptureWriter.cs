using System.Runtime.InteropServices;
using DroneInspect.Synthetic.Camera;
using DroneInspect.Synthetic.Radiometry;
using OpenCvSharp;

namespace DroneInspect.Synthetic.Formats;

/// <summary>Turns a temperature field into a radiometric file: FLIR R-JPEG (palette image + FFF in APP1) or 16-bit TIFF.</summary>
internal static class ThermalCaptureWriter
{
    /// <summary>Palette range of the display image relative to ambient, kelvin.</summary>
    private const double DisplayBelowAmbientKelvin = 12, DisplayAboveAmbientKelvin = 28;

    public static byte[] WriteFlirJpeg(float[] fieldCelsius, CameraIntrinsics camera, CapturePosition capture,
        FlirCalibration calibration, double ambientCelsius, string serialNumber)
    {
        var model = new RawCountModel(calibration);
        var counts = new ushort[fieldCelsius.Length];
        var swapped = new ushort[fieldCelsius.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            counts[i] = model.MeasuredCount(fieldCelsius[i]);
            swapped[i] = (ushort)((counts[i] >> 8) | (counts[i] << 8)); // FLIR stores PNG samples byte-swapped
        }

        byte[] png;
        using (var raw = new Mat(camera.HeightPixels, camera.WidthPixels, MatType.CV_16UC1))
        {
            raw.SetArray(swapped);
            Cv2.ImEncode(".png", raw, out png, new ImageEncodingParam(PngFilterFlag, PngAllFilters));
        }

        var sorted = (ushort[])counts.Clone();
        Array.Sort(sorted);
        var stats = (sorted[0], sorted[^1], sorted[sorted.Length / 2]);
        byte[] fff = FlirFffWriter.Write(png, camera.WidthPixels, camera.HeightPixels, calibration,
            "DJI M30T (synthetic FLIR FFF)", serialNumber, capture.CaptureTime, stats);
        return CaptureJpegWriter.Encode(PaletteImage(fieldCelsius, camera, ambientCelsius), camera, capture,
            FlirFffWriter.ToApp1Segments(fff));
    }

    /// <summary>
    /// OpenCV's IMWRITE_PNG_FILTER (not in OpenCvSharp's enum) with IMWRITE_PNG_FILTER_ALL: libpng picks each row's filter,
    /// as the libpng in FLIR cameras does (their raw PNGs are mostly Paeth rows); OpenCV's default is Sub on every row.
    /// </summary>
    private const ImwriteFlags PngFilterFlag = (ImwriteFlags)19;

    private const int PngAllFilters = 248;

    public static byte[] WriteTiff(float[] fieldCelsius, CameraIntrinsics camera, CapturePosition capture) =>
        RadiometricTiffWriter.Write(RadiometricTiffWriter.ToCounts(fieldCelsius), camera, capture);

    /// <summary>Inferno palette over a fixed range around ambient, as BGR bytes.</summary>
    private static byte[] PaletteImage(float[] fieldCelsius, CameraIntrinsics camera, double ambientCelsius)
    {
        double low = ambientCelsius - DisplayBelowAmbientKelvin, span = DisplayBelowAmbientKelvin + DisplayAboveAmbientKelvin;
        var grey = new byte[fieldCelsius.Length];
        for (int i = 0; i < grey.Length; i++)
        {
            grey[i] = (byte)Math.Clamp((int)((fieldCelsius[i] - low) / span * 255), 0, 255);
        }

        using var greyMat = new Mat(camera.HeightPixels, camera.WidthPixels, MatType.CV_8UC1);
        Marshal.Copy(grey, 0, greyMat.Data, grey.Length);
        using var colour = new Mat();
        Cv2.ApplyColorMap(greyMat, colour, ColormapTypes.Inferno);
        var bgr = new byte[grey.Length * 3];
        Marshal.Copy(colour.Data, bgr, 0, bgr.Length);
        return bgr;
    }
}
