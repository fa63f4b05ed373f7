using DroneInspect.Train.Model;

namespace DroneInspect.Train.Export;

/// <summary>Parameter count and multiply-accumulate count computed from the layer shapes (GFLOPs = 2 x MACs / 1e9).</summary>
public static class ModelStats
{
    public static long Parameters(TinyDetector model) => model.parameters().Sum(p => p.numel());

    /// <summary>Multiply-accumulates of one inference at the model's input size (convolutions only; activations are negligible).</summary>
    public static long MultiplyAccumulates(TinyDetector model)
    {
        long macs = 0;
        var (fineSide, featureSides) = TinyDetector.RunBackbone(model.InputSize, model.Backbone.Count, (i, side) =>
        {
            var b = model.Backbone[i];
            macs += Conv(side / b.Stride, b.InChannels, b.OutChannels, b.Kernel);
            return side / b.Stride;
        });

        // Top-down 1x1 convs run at the deeper (smaller) map, before upsampling.
        for (int level = 0; level + 1 < featureSides.Length; level++)
        {
            macs += Conv(featureSides[level + 1], TinyDetector.FeatureChannels[level + 1], TinyDetector.FeatureChannels[level], 1);
        }

        macs += Conv(featureSides[0], TinyDetector.FeatureChannels[0], TinyDetector.FineChannels, 1);
        macs += Head(fineSide, model.FineHead, model.ClassCount);
        for (int level = 0; level < featureSides.Length; level++)
        {
            macs += Head(featureSides[level], model.Heads[level], model.ClassCount);
        }

        return macs;
    }

    private static long Head(int side, ConvBnSilu head, int classCount) =>
        Conv(side, head.InChannels, head.OutChannels, head.Kernel) + Conv(side, head.OutChannels, 4 + classCount, 1);

    private static long Conv(int side, int inChannels, int outChannels, int kernel) => (long)side * side * inChannels * outChannels * kernel * kernel;

    public static double GigaFlops(TinyDetector model) => 2.0 * MultiplyAccumulates(model) / 1e9;
}
