using DroneInspect.Synthetic.Dataset;

namespace DroneInspect.Train.Training;

/// <summary>A batch as the network takes it: images [B, 3, S, S] as RGB / 255, and the samples' boxes.</summary>
public sealed record Batch(float[] Images, int Count, IReadOnlyList<DetectionSample> Samples);

/// <summary>Renders batches of training samples from consecutive training seeds (wrapping inside the training range).</summary>
public sealed class BatchSource(DetectionDatasetRenderer renderer)
{
    public static int TrainingSeed(long index) => (int)(index % DetectionClasses.TrainingSeedEnd);

    public Batch Render(long firstSeedIndex, int count)
    {
        var samples = new DetectionSample[count];
        for (int i = 0; i < count; i++)
        {
            samples[i] = renderer.Render(TrainingSeed(firstSeedIndex + i));
        }

        return new Batch(ToChw(samples, renderer.SizePixels), count, samples);
    }

    /// <summary>HWC RGB bytes to CHW floats in [0, 1], the network's (and the ONNX detector's) input convention.</summary>
    public static float[] ToChw(IReadOnlyList<DetectionSample> samples, int size)
    {
        int plane = size * size;
        var images = new float[samples.Count * 3 * plane];
        for (int b = 0; b < samples.Count; b++)
        {
            var rgb = samples[b].Rgb;
            int offset = b * 3 * plane;
            for (int p = 0; p < plane; p++)
            {
                images[offset + p] = rgb[3 * p] / 255f;
                images[offset + plane + p] = rgb[3 * p + 1] / 255f;
                images[offset + 2 * plane + p] = rgb[3 * p + 2] / 255f;
            }
        }

        return images;
    }
}
