using System.Diagnostics;
using DroneInspect.Vision.Detection;
using OpenCvSharp;

namespace DroneInspect.Bench.Vision;

/// <summary>Images per second of <see cref="OnnxDetector.Detect(Mat)"/>: letterbox, inference, decode and NMS (images already decoded).</summary>
internal static class DetectorEndToEnd
{
    public static double Run(string modelPath, IReadOnlyList<string> images, int threads, int warmup)
    {
        using var detector = new OnnxDetector(modelPath, new DetectorOptions { IntraOpThreads = threads });
        var mats = images.Select(p => Cv2.ImRead(p, ImreadModes.Color)).ToList();
        try
        {
            for (int i = 0; i < warmup; i++)
            {
                detector.Detect(mats[i % mats.Count]);
            }

            var clock = Stopwatch.StartNew();
            foreach (var mat in mats)
            {
                detector.Detect(mat);
            }

            return mats.Count / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            mats.ForEach(m => m.Dispose());
        }
    }
}
