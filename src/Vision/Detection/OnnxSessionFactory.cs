using Microsoft.ML.OnnxRuntime;

namespace DroneInspect.Vision.Detection;

/// <summary>Creates the one InferenceSession of a model, on CUDA when asked and available, else on CPU.</summary>
internal static class OnnxSessionFactory
{
    public static (InferenceSession Session, string Provider) Create(string modelPath, DetectorOptions options)
    {
        if (!File.Exists(modelPath))
        {
            throw new DetectorException($"Model file not found: {modelPath}");
        }

        string requested = options.ExecutionProvider.Trim().ToLowerInvariant();
        if (requested is not (DetectorOptions.Cpu or DetectorOptions.Cuda))
        {
            throw new DetectorException($"Unknown execution provider '{options.ExecutionProvider}': use \"cpu\" or \"cuda\".");
        }

        if (requested == DetectorOptions.Cuda)
        {
            try
            {
                using var cudaOptions = BaseOptions(options);
                cudaOptions.AppendExecutionProvider_CUDA(0);
                return (new InferenceSession(modelPath, cudaOptions), DetectorOptions.Cuda);
            }
            catch (OnnxRuntimeException ex) when (IsProviderProblem(ex))
            {
                options.Log($"CUDA execution provider unavailable ({FirstLine(ex.Message)}); running {Path.GetFileName(modelPath)} on CPU.");
            }
            catch (OnnxRuntimeException ex)
            {
                throw NotLoadable(modelPath, ex);
            }
            catch (EntryPointNotFoundException ex)
            {
                options.Log($"CUDA execution provider missing from this ONNX Runtime build ({FirstLine(ex.Message)}); running on CPU.");
            }
            catch (DllNotFoundException ex)
            {
                options.Log($"CUDA libraries not found ({FirstLine(ex.Message)}); running on CPU.");
            }
        }

        using var cpuOptions = BaseOptions(options);
        return (Open(modelPath, cpuOptions), DetectorOptions.Cpu);
    }

    private static SessionOptions BaseOptions(DetectorOptions options)
    {
        var sessionOptions = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        if (options.IntraOpThreads > 0)
        {
            sessionOptions.IntraOpNumThreads = options.IntraOpThreads;
        }

        return sessionOptions;
    }

    private static InferenceSession Open(string modelPath, SessionOptions sessionOptions)
    {
        try
        {
            return new InferenceSession(modelPath, sessionOptions);
        }
        catch (OnnxRuntimeException ex)
        {
            throw NotLoadable(modelPath, ex);
        }
    }

    private static DetectorException NotLoadable(string modelPath, OnnxRuntimeException ex) =>
        new($"{modelPath} is not a loadable ONNX model: {FirstLine(ex.Message)}", ex);

    /// <summary>Errors that name the CUDA provider or its libraries, as opposed to a broken model.</summary>
    private static bool IsProviderProblem(OnnxRuntimeException ex) =>
        ex.Message.Contains("CUDA", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("provider", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains(".so", StringComparison.Ordinal);

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
