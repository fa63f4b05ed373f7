using System.Diagnostics;
using System.Globalization;
using DroneInspect.Cli.Uploading;

namespace DroneInspect.Bench;

/// <summary>
/// Upload throughput over loopback (issue 12, target 100 MB/s), as a pilot meets it: a generated set of capture-sized
/// files of random content (nothing deduplicates or compresses; ~600 MB by default, `--mb N`) sent by the
/// `droneinspect upload` command, a process of its own, to a viewer in another process
/// (<see cref="UploadServerProcess"/>). Timed: the whole client process (start-up, hashing every file, declaring,
/// sending 8 MiB chunks, the server's appends, SHA-256 check, quality gate and store, the close that starts the
/// flight). Then the same files again as a new flight (all held, nothing sent). The client's hashing is timed apart
/// in this process, and the server's CPU time is read from /proc, to show where the time goes.
/// </summary>
public static class UploadSuite
{
    private const int FileBytes = 4 * 1024 * 1024;
    private const double BytesPerMegabyte = 1_000_000;
    private const int WarmUpFiles = 2;

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

        Directory.CreateDirectory(data);
        var assets = Path.Combine(context.WorkFolder, "upload-assets.geojson");
        File.WriteAllText(assets, """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[8.47,47.41]},"properties":{"id":"P-1","kind":"pole"}}]}""");

        var hashing = Stopwatch.StartNew();
        var files = LocalUpload.Collect(folder);
        hashing.Stop();
        var total = files.Sum(f => f.SizeBytes);

        using var server = Start(BenchArguments(UploadServerProcess.SuiteName, "--data", data, "--assets", assets), redirectInput: true);
        var url = await ReadValueAsync(server, "url");
        var token = await ReadValueAsync(server, "token");
        try
        {
            // A server that has been up has run its upload path before: one small upload first, so the first timed
            // run does not also pay the fresh process's just-in-time compilation. The client process is fresh each time.
            var warmUp = await TimeClientAsync(server, WarmUpFolder(context.WorkFolder), url, token, "bench-warm-up");
            var first = await TimeClientAsync(server, folder, url, token, "bench-1");
            var second = await TimeClientAsync(server, folder, url, token, "bench-2");
            var stored = Directory.EnumerateFiles(Path.Combine(data, "store"), "*", SearchOption.AllDirectories).Count() - WarmUpFiles;
            var rate = total / BytesPerMegabyte / first.Wall.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

                ## upload: {files.Count} files of {FileBytes / 1024 / 1024} MiB ({total / BytesPerMegabyte:F0} MB), loopback, `droneinspect upload` process -> viewer process
                | run | wall s | MB/s | server CPU s | client exit |
                |---|---|---|---|---|
                | first upload: whole client process (start, hash, declare, send 8 MiB chunks, verify, store, close) | {first.Wall.TotalSeconds:F2} | {rate:F0} | {first.ServerCpu.TotalSeconds:F2} | {first.ExitCode} |
                | same files again as a new flight (all held, nothing sent) | {second.Wall.TotalSeconds:F2} | - | {second.ServerCpu.TotalSeconds:F2} | {second.ExitCode} |
                | client hashing alone, in the bench process (part of the first row) | {hashing.Elapsed.TotalSeconds:F2} | {total / BytesPerMegabyte / hashing.Elapsed.TotalSeconds:F0} | - | - |
                | warm-up before the first row ({WarmUpFiles} files of 4 MiB, other content; not counted) | {warmUp.Wall.TotalSeconds:F2} | - | {warmUp.ServerCpu.TotalSeconds:F2} | {warmUp.ExitCode} |

                target 100 MB/s: {(rate >= 100 ? "met" : "NOT met")}; files in the server's store: {stored} of {files.Count}
                """));
            return first.ExitCode == 0 && second.ExitCode == 0 && stored == files.Count ? 0 : 1;
        }
        finally
        {
            server.StandardInput.Close();
            if (!server.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                server.Kill(entireProcessTree: true);
            }
        }
    }

    private sealed record ClientRun(TimeSpan Wall, TimeSpan ServerCpu, int ExitCode);

    private static async Task<ClientRun> TimeClientAsync(Process server, string folder, string url, string token, string flightId)
    {
        var cliDll = Path.Combine(AppContext.BaseDirectory, "droneinspect.dll");
        var cpuBefore = CpuTime(server.Id);
        var clock = Stopwatch.StartNew();
        using var client = Start([Dotnet(), cliDll, "upload", folder, "--server", url, "--token", token, "--flight", flightId], redirectInput: false);
        var output = client.StandardOutput.ReadToEndAsync();
        var errors = client.StandardError.ReadToEndAsync();
        await client.WaitForExitAsync();
        clock.Stop();
        if (client.ExitCode != 0)
        {
            Console.Error.WriteLine($"upload {flightId} exited {client.ExitCode}:\n{await output}\n{await errors}");
        }

        return new ClientRun(clock.Elapsed, CpuTime(server.Id) - cpuBefore, client.ExitCode);
    }

    /// <summary>This bench program again with other arguments (under `dotnet run` it is `dotnet DroneInspect.Bench.dll`).</summary>
    private static string[] BenchArguments(params string[] args) =>
        [Dotnet(), typeof(UploadSuite).Assembly.Location, .. args];

    private static string Dotnet() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    private static Process Start(string[] command, bool redirectInput)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new BenchException($"could not start {command[0]}");
    }

    private static async Task<string> ReadValueAsync(Process server, string key)
    {
        while (await server.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(key + " ", StringComparison.Ordinal))
            {
                return line[(key.Length + 1)..];
            }
        }

        throw new BenchException($"the upload server ended before printing its {key}: {await server.StandardError.ReadToEndAsync()}");
    }

    /// <summary>User + system CPU time of a process, from /proc/PID/stat (clock ticks of 10 ms on Linux).</summary>
    private static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
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
        for (var i = 0; i < count; i++)
        {
            WriteJpegShaped(Path.Combine(folder, $"U{i:D4}_W.JPG"), random);
        }

        return folder;
    }

    /// <summary>Two files of other random content than the timed set, so the timed run still sends every byte.</summary>
    private static string WarmUpFolder(string workFolder)
    {
        var folder = Path.Combine(workFolder, "upload-warm-up");
        Directory.CreateDirectory(folder);
        var random = new Random(99);
        for (var i = 0; i < WarmUpFiles; i++)
        {
            WriteJpegShaped(Path.Combine(folder, $"W{i}_W.JPG"), random);
        }

        return folder;
    }

    /// <summary>A JPEG of <see cref="FileBytes"/>: start of image, JFIF, start of scan, random scan data, end of image.</summary>
    private static void WriteJpegShaped(string path, Random random)
    {
        var bytes = new byte[FileBytes];
        random.NextBytes(bytes);
        bytes.AsSpan().Replace((byte)0xFF, (byte)0xFE); // no marker inside the scan data
        byte[] head = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00];
        head.CopyTo(bytes, 0);
        bytes[^2] = 0xFF;
        bytes[^1] = 0xD9;
        File.WriteAllBytes(path, bytes);
    }
}
