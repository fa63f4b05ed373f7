using System.Diagnostics;
using System.Globalization;
using DroneInspect.Synthetic.Dataset;
using DroneInspect.Train.Model;
using TorchSharp;
using static TorchSharp.torch;

namespace DroneInspect.Train.Training;

/// <summary>Training options: wall-clock budget (the learning rate follows a cosine over it), batch, peak rate.</summary>
/// <param name="ContinueSchedule">With <paramref name="Resume"/>: continue the checkpoint's unfinished schedule (its cosine,
/// peak rate and remaining minutes) instead of starting a new one; a finished schedule returns at once.</param>
public sealed record TrainOptions(string Checkpoint, double Minutes, int BatchSize, double LearningRate, bool Resume, int InputSize, bool ContinueSchedule = false);

/// <summary>Trains <see cref="TinyDetector"/> on freshly rendered samples (every batch new seeds: no epoch, no overfitting).</summary>
public static class Trainer
{
    private const int WarmupSteps = 150;
    private const int SaveEverySteps = 50;

    public static void Run(TrainOptions options, TextWriter log)
    {
        var model = new TinyDetector(DetectionClasses.Names.Count, options.InputSize);
        var state = new TrainingState(0, 0, 0, options.InputSize, options.BatchSize);
        int newTensors = 0;
        if (options.Resume && File.Exists(options.Checkpoint))
        {
            newTensors = LoadInto(model, options.Checkpoint);
            if (newTensors > 0)
            {
                log.WriteLine($"{newTensors} tensors of this network are not in the checkpoint (layers added since): they start from their initialisation");
            }

            state = TrainingState.Load(options.Checkpoint) ?? state;
            if (state.InputSize != options.InputSize)
            {
                log.WriteLine($"input size {state.InputSize} -> {options.InputSize} (same weights: the network is fully convolutional)");
                state = state with { InputSize = options.InputSize };
            }
            log.WriteLine($"resumed {options.Checkpoint}: {state.Steps} steps, {state.TrainedMinutes:F1} min so far");
        }

        double scheduleMinutes = options.Minutes, scheduleStart = 0, peak = options.LearningRate;
        if (options.Resume && options.ContinueSchedule && state.ScheduleFinished)
        {
            log.WriteLine($"the schedule of {state.ScheduleMinutes:F0} min is finished: nothing to continue");
            return;
        }

        if (options.Resume && options.ContinueSchedule && state.ScheduleInProgress)
        {
            (scheduleMinutes, scheduleStart, peak) = (state.ScheduleMinutes, state.ScheduleElapsedMinutes, state.PeakLearningRate);
            log.WriteLine($"continuing the schedule at {scheduleStart:F1} of {scheduleMinutes:F0} min, peak rate {peak}");
        }

        model.train();
        var optimizer = optim.AdamW(model.parameters(), options.LearningRate, weight_decay: 5e-4);
        var renderer = new DetectionDatasetRenderer(options.InputSize);
        var source = new BatchSource(renderer);
        var assigner = new TargetAssigner(options.InputSize);
        var loss = new DetectionLoss(options.InputSize, DetectionClasses.Names.Count);
        var clock = Stopwatch.StartNew();
        double budgetSeconds = (scheduleMinutes - scheduleStart) * 60;
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
            double progress = ((scheduleStart * 60) + clock.Elapsed.TotalSeconds) / (scheduleMinutes * 60);
            double lr = peak * Math.Min(1.0, (localSteps + 1.0) / (options.Resume && newTensors == 0 ? 20 : WarmupSteps))
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
                Save(model, options, Progress(state, steps, seedIndex, clock, scheduleMinutes, scheduleStart, peak));
            }
        }

        Save(model, options, Progress(state, steps, seedIndex, clock, scheduleMinutes, scheduleStart, peak));
        log.WriteLine($"saved {options.Checkpoint} after {steps} steps");
    }

    /// <summary>
    /// Copies a checkpoint's values into the live model's own tensors (rather than <c>model.load</c> swapping them), so the
    /// optimiser keeps working on the tensors it was built with. Tensors the checkpoint lacks (layers added to the network
    /// since it was saved) keep their initialisation. Resumed runs still fault intermittently inside libtorch (see
    /// models/default/MODEL_CARD.md).
    /// </summary>
    /// <returns>How many of the model's tensors the checkpoint did not have.</returns>
    private static int LoadInto(TinyDetector model, string checkpoint)
    {
        using var loaded = new TinyDetector(model.ClassCount, model.InputSize);
        var found = new Dictionary<string, bool>();
        loaded.load(checkpoint, strict: false, loadedParameters: found);
        var source = loaded.state_dict();
        int missing = 0;
        using (no_grad())
        {
            foreach (var (name, tensor) in model.state_dict())
            {
                if (found.GetValueOrDefault(name))
                {
                    tensor.copy_(source[name]);
                }
                else
                {
                    missing++;
                }
            }
        }

        return missing;
    }

    private static TrainingState Progress(TrainingState start, long steps, long seedIndex, Stopwatch clock, double scheduleMinutes, double scheduleStart, double peak) =>
        start with
        {
            Steps = steps, NextSeedIndex = seedIndex, TrainedMinutes = start.TrainedMinutes + clock.Elapsed.TotalMinutes,
            ScheduleMinutes = scheduleMinutes, ScheduleElapsedMinutes = Math.Min(scheduleMinutes, scheduleStart + clock.Elapsed.TotalMinutes), PeakLearningRate = peak,
        };

    private static void Save(TinyDetector model, TrainOptions options, TrainingState state)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Checkpoint))!);
        string temp = options.Checkpoint + ".tmp";
        model.save(temp);
        File.Move(temp, options.Checkpoint, overwrite: true);
        state.Save(options.Checkpoint);
    }
}
