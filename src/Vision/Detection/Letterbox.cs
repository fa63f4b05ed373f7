using OpenCvSharp;

namespace DroneInspect.Vision.Detection;

/// <summary>
/// How an image is fitted into the model's input: scaled to keep its aspect, centred and padded with grey 114
/// (the Ultralytics convention), then RGB, /255, NCHW.
/// </summary>
public readonly record struct Letterbox(double Scale, int PadLeft, int PadTop, int ResizedWidth, int ResizedHeight)
{
    public const byte PadValue = 114;
    private const float PixelScale = 1f / 255f;
    private const int Channels = 3;

    public static Letterbox Fit(int imageWidth, int imageHeight, int inputWidth, int inputHeight)
    {
        double scale = Math.Min((double)inputWidth / imageWidth, (double)inputHeight / imageHeight);
        int width = Math.Clamp((int)Math.Round(imageWidth * scale), 1, inputWidth);
        int height = Math.Clamp((int)Math.Round(imageHeight * scale), 1, inputHeight);
        return new Letterbox(scale, (inputWidth - width) / 2, (inputHeight - height) / 2, width, height);
    }

    /// <summary>Model-input x back to original image x.</summary>
    public float ToImageX(float inputX) => (float)((inputX - PadLeft) / Scale);

    /// <summary>Model-input y back to original image y.</summary>
    public float ToImageY(float inputY) => (float)((inputY - PadTop) / Scale);

    /// <summary>Writes the letterboxed BGR image as RGB floats in 0..1, NCHW, into <paramref name="tensor"/> (3 x inputHeight x inputWidth).</summary>
    public void Fill(Mat bgr, int inputWidth, int inputHeight, Span<float> tensor)
    {
        int plane = inputWidth * inputHeight;
        if (tensor.Length < Channels * plane)
        {
            throw new ArgumentException($"Tensor holds {tensor.Length} values, needs {Channels * plane}.", nameof(tensor));
        }

        using var resized = new Mat();
        Cv2.Resize(bgr, resized, new Size(ResizedWidth, ResizedHeight), 0, 0, InterpolationFlags.Linear);
        using var padded = new Mat();
        Cv2.CopyMakeBorder(
            resized,
            padded,
            PadTop,
            inputHeight - ResizedHeight - PadTop,
            PadLeft,
            inputWidth - ResizedWidth - PadLeft,
            BorderTypes.Constant,
            new Scalar(PadValue, PadValue, PadValue));
        ReadOnlySpan<byte> pixels = padded.AsSpan<byte>();
        var red = tensor[..plane];
        var green = tensor.Slice(plane, plane);
        var blue = tensor.Slice(2 * plane, plane);
        for (int i = 0; i < plane; i++)
        {
            int p = i * Channels;
            blue[i] = pixels[p] * PixelScale;
            green[i] = pixels[p + 1] * PixelScale;
            red[i] = pixels[p + 2] * PixelScale;
        }
    }
}
