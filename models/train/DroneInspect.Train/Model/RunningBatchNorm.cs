using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DroneInspect.Train.Model;

/// <summary>
/// Batch normalisation over channels with a fixed momentum, through the functional kernel. It keeps the state-dict names
/// of TorchSharp's BatchNorm2d (weight, bias, running_mean, running_var, num_batches_tracked) so checkpoints load either
/// way, but never updates num_batches_tracked: TorchSharp's module increments that counter with an implicit scalar that
/// faulted inside libtorch in resumed runs ("Unknown scalar type" at c10 Scalar.h), and with a fixed momentum the
/// counter is not needed.
/// </summary>
public sealed class RunningBatchNorm : nn.Module<Tensor, Tensor>
{
    private readonly Parameter weight;
    private readonly Parameter bias;
    private readonly Tensor running_mean;
    private readonly Tensor running_var;
    private readonly Tensor num_batches_tracked;

    public RunningBatchNorm(string name, int channels, double momentum, double eps = 1e-5) : base(name)
    {
        Momentum = momentum;
        Eps = eps;
        weight = new Parameter(ones(channels));
        bias = new Parameter(zeros(channels));
        running_mean = zeros(channels);
        running_var = ones(channels);
        num_batches_tracked = tensor(0L);
        register_parameter(nameof(weight), weight);
        register_parameter(nameof(bias), bias);
        register_buffer(nameof(running_mean), running_mean);
        register_buffer(nameof(running_var), running_var);
        register_buffer(nameof(num_batches_tracked), num_batches_tracked);
    }

    public double Momentum { get; }

    public double Eps { get; }

    public Tensor Weight => weight;

    public Tensor Bias => bias;

    public Tensor RunningMean => running_mean;

    public Tensor RunningVar => running_var;

    public override Tensor forward(Tensor input) =>
        nn.functional.batch_norm(input, running_mean, running_var, weight, bias, training, Momentum, Eps);
}
