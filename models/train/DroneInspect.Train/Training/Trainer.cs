using System.Diagnostics;
using System.Globalization;
using DroneInspect.Synthetic.Dataset;
using DroneInspect.Train.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace DroneInspect.Train.Training;

/// <summary>Training options: wall-clock budget (the learning rate follows a cosine over it), batch, peak rate.</summary>
public sealed record TrainOptions(string Checkpoint, double Minutes, int BatchSize, double LearningRate, bool Resume, int InputSize);

/// <summary>Trains <see cref="TinyDetector"/> on freshly rendered samples (every batch new seeds: no epoch, no overfitting).</summary>
public static class Trainer
{
    private const int WarmupSteps = 150;
    private const int SaveEverySteps = 100;

    public static void Run(TrainOptions options, TextWriter log)
    {
        var model = new TinyDetector(DetectionClasses.Names.Count, options.InputSize);
        var state = new TrainingState(0, 0, 0, options.InputSize, options.BatchSize);
        if (options.Resume && File.Exists(options.Checkpoint))
        {
            LoadInto(model, options.Checkpoint);
            state = TrainingState.Load(options.Checkpoint) ?? state;
            log.WriteLine($"resumed {options.Checkpoint}: {state.Steps} steps, {state.TrainedMinutes:F1} min so far");
        }

        model.train();
        var optimizer = optim.AdamW(model.parameters(), options.LearningRate, weight_decay: 5e-4);
        var renderer = new DetectionDatasetRenderer(options.InputSize);
        var source = new BatchSource(renderer);
        var assigner = new TargetAssigner(options.InputSize);
        var loss = new DetectionLoss(options.InputSize, DetectionClasses.Names.Count);
        var clock = Stopwatch.StartNew();
        double budgetSeconds = options.Minutes * 60;
        long seedIndex = state.NextSeedIndex;
        var next = Task.Run(() => source.Render(seedIndex, options.BatchSize));
        long steps = state.Steps, localSteps = 0;
        double clsAvg = 0, boxAvg = 0;
        while (clock.Elapsed.TotalSeconds < budgetSeconds)
        {
            var batch = next.GetAwaiter().GetResult();
            seedIndex += options.BatchSize;
            long upcoming = seedIndex;
            next = Task.Run(() => source.Render(upcoming, options.BatchSize));
            double progress = clock.Elapsed.TotalSeconds / budgetSeconds;
            double lr = options.LearningRate * Math.Min(1.0, (localSteps + 1.0) / (options.Resume ? 20 : WarmupSteps))
                * (0.03 + 0.97 * 0.5 * (1 + Math.Cos(Math.PI * progress)));
            foreach (var group in optimizer.ParamGroups)
            {
                group.LearningRate = lr;
            }

            using (var scope = NewDisposeScope())
            {
                var positives = new List<PositiveCell>();
                for (int b = 0; b < batch.Count; b++)
                {
                    positives.AddRange(assigner.Assign(b, batch.Samples[b].Boxes));
                }

                var images = tensor(batch.Images, [batch.Count, 3, options.InputSize, options.InputSize]);
                var (rawBox, rawCls) = model.ForwardRaw(images);
                var (total, cls, box) = loss.Compute(rawBox, rawCls, positives, batch.Count);
                optimizer.zero_grad();
                total.backward();
                nn.utils.clip_grad_norm_(model.parameters(), 10.0);
                optimizer.step();
                clsAvg = localSteps == 0 ? cls : 0.98 * clsAvg + 0.02 * cls;
                boxAvg = localSteps == 0 ? box : 0.98 * boxAvg + 0.02 * box;
            }

            steps++;
            localSteps++;
            if (steps % 20 == 0)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"step {steps} seeds {seedIndex} lr {lr:E2} cls {clsAvg:F4} box(1-GIoU) {boxAvg:F4} elapsed {clock.Elapsed.TotalMinutes:F1} min"));
            }

            if (steps % SaveEverySteps == 0)
            {
                Save(model, options, state with { Steps = steps, NextSeedIndex = seedIndex, TrainedMinutes = state.TrainedMinutes + clock.Elapsed.TotalMinutes });
            }
        }

        Save(model, options, state with { Steps = steps, NextSeedIndex = seedIndex, TrainedMinutes = state.TrainedMinutes + clock.Elapsed.TotalMinutes });
        log.WriteLine($"saved {options.Checkpoint} after {steps} steps");
    }

    /// <summary>
    /// Copies a checkpoint's values into the live model's own tensors (rather than <c>model.load</c> swapping them), so the
    /// optimiser keeps working on the tensors it was built with. Resumed runs still fault intermittently inside libtorch
    /// (see models/default/MODEL_CARD.md).
    /// </summary>
    private static void LoadInto(TinyDetector model, string checkpoint)
    {
        using var loaded = new TinyDetector(model.ClassCount, model.InputSize);
        loaded.load(checkpoint);
        var source = loaded.state_dict();
        using (no_grad())
        {
            foreach (var (name, tensor) in model.state_dict())
            {
                tensor.copy_(source[name]);
            }
        }
    }

    private static void Save(TinyDetector model, TrainOptions options, TrainingState state)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Checkpoint))!);
        string temp = options.Checkpoint + ".tmp";
        model.save(temp);
        File.Move(temp, options.Checkpoint, overwrite: true);
        state.Save(options.Checkpoint);
    }
}
