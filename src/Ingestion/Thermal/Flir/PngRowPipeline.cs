namespace DroneInspect.Ingestion.Thermal.Flir;

/// <summary>
/// Runs a row producer (inflate) on the calling thread and a row consumer (unfilter) on a thread-pool thread, in blocks
/// of rows, so the two overlap. Rows are consumed strictly in order, each block once. If the pool has not started the
/// consumer by the time every row is produced, the caller consumes the rest itself, so a busy pool never blocks a
/// decode. A producer failure stops the consumer; a consumer failure is rethrown to the caller.
/// </summary>
internal sealed class PngRowPipeline(int height, Action<int, int> consumeRows)
{
    /// <summary>Rows per block: 32 rows of a 640-pixel 16-bit image are 41 kB, well inside a core's L2 cache.</summary>
    private const int BlockRows = 32;

    private const int NotStarted = 0;
    private const int StartedByWorker = 1;
    private const int TakenByCaller = 2;

    private int _produced;
    private int _state;
    private volatile bool _abandoned;

    /// <summary>Whether a second thread is worth starting: several blocks and more than one core.</summary>
    private bool Overlap => height >= 2 * BlockRows && Environment.ProcessorCount > 1;

    /// <summary>Calls <paramref name="produceRows"/> block by block and returns when every row is consumed.</summary>
    public void Run(Action<Range> produceRows)
    {
        if (!Overlap)
        {
            produceRows(0..height);
            consumeRows(0, height);
            return;
        }

        using var ready = new SemaphoreSlim(0);
        var worker = Task.Run(() => ConsumeAsTheyArrive(ready));
        try
        {
            for (var from = 0; from < height; from += BlockRows)
            {
                var to = Math.Min(height, from + BlockRows);
                produceRows(from..to);
                Volatile.Write(ref _produced, to);
                ready.Release();
            }
        }
        catch (Exception)
        {
            StopConsumer(ready, worker); // the damaged-data error is the one to report; the consumer must not outlive the buffers
            throw;
        }

        if (Interlocked.CompareExchange(ref _state, TakenByCaller, NotStarted) == NotStarted)
        {
            consumeRows(0, height);
            return;
        }

        worker.GetAwaiter().GetResult();
    }

    private void ConsumeAsTheyArrive(SemaphoreSlim ready)
    {
        if (Interlocked.CompareExchange(ref _state, StartedByWorker, NotStarted) != NotStarted)
        {
            return;
        }

        var consumed = 0;
        while (consumed < height)
        {
            ready.Wait();
            if (_abandoned)
            {
                return;
            }

            var produced = Volatile.Read(ref _produced);
            if (produced > consumed)
            {
                consumeRows(consumed, produced);
                consumed = produced;
            }
        }
    }

    private void StopConsumer(SemaphoreSlim ready, Task worker)
    {
        _abandoned = true;
        ready.Release();
        if (Interlocked.CompareExchange(ref _state, TakenByCaller, NotStarted) != NotStarted)
        {
            ((IAsyncResult)worker).AsyncWaitHandle.WaitOne();
            _ = worker.Exception; // observed: a consumer fault is moot once the data itself is damaged
        }
    }
}
