using System.Diagnostics;
using OpenCvSharp;

namespace DroneInspect.Cli.Tests.Support;

/// <summary>Raw thermal counts extracted by ExifTool (-b -RawThermalImage), the route other tools take.</summary>
public static class ExifToolRaw
{
    public const string ExifToolPath = "/usr/bin/exiftool";

    public static bool Available => File.Exists(ExifToolPath);

    /// <summary>Row-major counts; FLIR's PNG raw images hold little-endian samples, so those are byte-swapped back.</summary>
    public static (int Width, int Height, ushort[] Counts) Read(string path)
    {
        var start = new ProcessStartInfo(ExifToolPath) { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-b");
        start.ArgumentList.Add("-RawThermalImage");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        using var bytes = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(bytes);
        process.WaitForExit();
        var data = bytes.ToArray();
        using var mat = Cv2.ImDecode(data, ImreadModes.Unchanged);
        Assert.Equal(MatType.CV_16UC1, mat.Type());
        mat.GetArray(out ushort[] counts);
        if (data[1] == 'P' && data[2] == 'N' && data[3] == 'G')
        {
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] = (ushort)((counts[i] >> 8) | (counts[i] << 8));
            }
        }

        return (mat.Width, mat.Height, counts);
    }
}
