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
        int side = model.InputSize;
        int level = 0;
        for (int i = 0; i < model.Backbone.Count; i++)
        {
            var b = model.Backbone[i];
            side /= b.Stride;
            macs += (long)side * side * b.InChannels * b.OutChannels * b.Kernel * b.Kernel;
            if (level < TinyDetector.FeatureLayers.Length && i == TinyDetector.FeatureLayers[level])
            {
                var h = model.Heads[level];
                macs += (long)side * side * h.InChannels * h.OutChannels * h.Kernel * h.Kernel;
                macs += (long)side * side * h.OutChannels * (4 + model.ClassCount);
                level++;
            }
        }

        return macs;
    }

    public static double GigaFlops(TinyDetector model) => 2.0 * MultiplyAccumulates(model) / 1e9;
}
