using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DroneInspect.Train.Model;

/// <summary>Convolution (no bias), batch normalisation, SiLU: the building block; BN folds into the conv on export.</summary>
public sealed class ConvBnSilu : nn.Module<Tensor, Tensor>
{
    private readonly Conv2d conv;
    private readonly RunningBatchNorm bn;

    public ConvBnSilu(string name, int inChannels, int outChannels, int kernel, int stride) : base(name)
    {
        InChannels = inChannels;
        OutChannels = outChannels;
        Kernel = kernel;
        Stride = stride;
        conv = nn.Conv2d(inChannels, outChannels, kernel, stride: stride, padding: kernel / 2, bias: false);
        bn = new RunningBatchNorm("bn", outChannels, momentum: 0.03);
        RegisterComponents();
    }

    public int InChannels { get; }

    public int OutChannels { get; }

    public int Kernel { get; }

    public int Stride { get; }

    public override Tensor forward(Tensor input)
    {
        using var c = conv.forward(input);
        using var b = bn.forward(c);
        return nn.functional.silu(b);
    }

    /// <summary>Conv weights [out, in, k, k] and bias [out] with the (eval-mode) batch norm folded in.</summary>
    public (float[] Weight, float[] Bias) Folded()
    {
        using var scope = NewDisposeScope();
        var std = (bn.RunningVar + bn.Eps).sqrt();
        var scale = bn.Weight / std;
        var w = conv.weight! * scale.reshape(-1, 1, 1, 1);
        var bias = bn.Bias - bn.RunningMean * scale;
        return (w.contiguous().data<float>().ToArray(), bias.contiguous().data<float>().ToArray());
    }
}
