using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using DroneInspect.Cli.Uploading;
using DroneInspect.Viewer;

namespace DroneInspect.Bench;

/// <summary>
/// Upload throughput over loopback (issue 12, target 100 MB/s): a generated set of capture-sized files of random
/// content (so nothing deduplicates or compresses; ~600 MB by default, `--mb N`) uploaded by the `upload` client to
/// a real viewer host in this process (HTTP, silo, store on disk), from opening the upload to the close that starts
/// the flight. Includes the server's work per file: appending chunks, the SHA-256 check, the quality gate and the
/// rename into the store. Then the same files again: everything is held, nothing is sent.
/// </summary>
public static class UploadSuite
{
    private const int FileBytes = 4 * 1024 * 1024;
    private const double BytesPerMegabyte = 1_000_000;

    public static int Run(BenchContext context, string[] args)
    {
        var mbIndex = Array.IndexOf(args, "--mb");
        var megabytes = mbIndex >= 0 && mbIndex + 1 < args.Length ? int.Parse(args[mbIndex + 1], CultureInfo.InvariantCulture) : 600;
        return RunAsync(context, megabytes).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(BenchContext context, int megabytes)
    {
        var folder = Files(context.WorkFolder, megabytes);
        var data = Path.Combine(context.WorkFolder, "upload-server");
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        var hashing = Stopwatch.StartNew();
        var files = LocalUpload.Collect(folder);
        hashing.Stop();
        var total = files.Sum(f => f.SizeBytes);

        await using var app = ViewerHost.BuildViewer(new ViewerOptions
        {
            DataFolder = data,
            Port = 0,
            SiloPort = FreePort(),
            GatewayPort = FreePort(),
            AssetNetworkPath = Path.Combine(context.WorkFolder, "none.geojson"), // the flight fails at once: only the upload is timed
        });
        await app.StartAsync();
        using var http = UploadClient.CreateHttp(new Uri(app.Urls.Single()), token: null);
        var client = new UploadClient(http);

        var clock = Stopwatch.StartNew();
        var first = await new UploadRun(client).RunAsync("bench-1", files, CancellationToken.None);
        clock.Stop();
        var again = Stopwatch.StartNew();
        var second = await new UploadRun(client).RunAsync("bench-2", files, CancellationToken.None);
        again.Stop();
        await app.StopAsync();

        var rate = first.SentBytes / BytesPerMegabyte / clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            ## upload: {files.Count} files of {FileBytes / 1024 / 1024} MiB ({total / BytesPerMegabyte:F0} MB), loopback, 8 MiB chunks
            | run | sent MB | held MB | wall s | MB/s |
            |---|---|---|---|---|
            | first upload (open, declare, send, verify, store, close) | {first.SentBytes / BytesPerMegabyte:F0} | {first.AlreadyHeldBytes / BytesPerMegabyte:F0} | {clock.Elapsed.TotalSeconds:F2} | {rate:F0} |
            | same files again (new flight: all held) | {second.SentBytes / BytesPerMegabyte:F0} | {second.AlreadyHeldBytes / BytesPerMegabyte:F0} | {again.Elapsed.TotalSeconds:F2} | - |
            | client hashing before upload (not in the rows above) | - | - | {hashing.Elapsed.TotalSeconds:F2} | {total / BytesPerMegabyte / hashing.Elapsed.TotalSeconds:F0} |

            target 100 MB/s: {(rate >= 100 ? "met" : "NOT met")}; refused files: {first.Refused.Count + second.Refused.Count}; closed: {first.Close is not null && second.Close is not null}
            """));
        return first.Refused.Count == 0 && first.Close is not null && second.SentBytes == 0 ? 0 : 1;
    }

    /// <summary>A folder of JPEG-shaped files of random content adding up to about <paramref name="megabytes"/> MB (kept between runs).</summary>
    private static string Files(string workFolder, int megabytes)
    {
        var count = Math.Max(1, (int)Math.Round(megabytes * BytesPerMegabyte / FileBytes));
        var folder = Path.Combine(workFolder, $"upload-{count}x4MiB");
        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder).Count() == count)
        {
            return folder;
        }

        Directory.CreateDirectory(folder);
        var random = new Random(12);
        var bytes = new byte[FileBytes];
        for (var i = 0; i < count; i++)
        {
            random.NextBytes(bytes);
            bytes.AsSpan().Replace((byte)0xFF, (byte)0xFE); // no marker inside the scan data
            byte[] head = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00];
            head.CopyTo(bytes, 0);
            bytes[^2] = 0xFF;
            bytes[^1] = 0xD9;
            File.WriteAllBytes(Path.Combine(folder, $"U{i:D4}_W.JPG"), bytes);
        }

        return folder;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
