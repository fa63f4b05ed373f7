using DroneInspect.Bench;

// Benchmarks for issue 3: `dotnet run -c Release --project bench/DroneInspect.Bench -- <thermal|metadata|memory|all> [--work DIR]`;
// issue 11: `-- metadata-process [--files N] [--runs N] [--folder DIR] [--keep]` (whole processes on real files) and
// `-- metadata-profile` (where the per-file time goes, in process), `-- network-process [--vertices N]` (analyze with a large network);
// issue 12: `-- upload [--mb N]` (`droneinspect upload` over loopback to a viewer in its own process, which the bench
// starts as `-- upload-server ...`), `-- findings-query [--findings N] [--flights N] [--clients N] [--seconds N]`
// (findings by bounding box under concurrent load).
// Exits 0 when the suite ran, 1 on an error, 2 on a usage error. Targets are reported, not enforced.
var suites = new Dictionary<string, Func<BenchContext, int>>(StringComparer.Ordinal)
{
    ["thermal"] = ThermalSuite.Run,
    ["metadata"] = MetadataSuite.Run,
    ["memory"] = MemorySuite.Run,
    ["metadata-profile"] = MetadataProfileSuite.Run,
    ["metadata-process"] = context => MetadataProcessSuite.Run(context, args),
    ["network-process"] = context => NetworkProcessSuite.Run(context, args),
    ["upload"] = context => UploadSuite.Run(context, args),
    ["findings-query"] = context => FindingsQuerySuite.Run(context, args),
};

if (args.Length > 0 && args[0] == UploadServerProcess.SuiteName)
{
    return UploadServerProcess.Run(args);
}

if (args.Length == 0 || (args[0] != "all" && !suites.ContainsKey(args[0])))
{
    Console.Error.WriteLine("usage: DroneInspect.Bench <thermal|metadata|memory|all|metadata-profile|metadata-process|network-process|upload|findings-query> [--work DIR] [--files N] [--runs N] [--folder DIR] [--keep] [--vertices N] [--mb N] [--findings N] [--flights N] [--clients N] [--seconds N]");
    return 2;
}

var workIndex = Array.IndexOf(args, "--work");
var work = workIndex >= 0 && workIndex + 1 < args.Length ? args[workIndex + 1] : Path.Combine(Path.GetTempPath(), "droneinspect-bench");
try
{
    var context = new BenchContext(Path.GetFullPath(work));
    Console.WriteLine(MachineInfo.Describe());
    var selected = args[0] == "all" ? ["thermal", "metadata", "memory"] : new List<string> { args[0] };
    var failures = 0;
    foreach (var name in selected)
    {
        failures += suites[name](context);
    }

    return failures == 0 ? 0 : 1;
}
catch (BenchException e)
{
    Console.Error.WriteLine($"bench failed: {e.Message}");
    return 1;
}
catch (IOException e)
{
    Console.Error.WriteLine($"bench failed (I/O): {e.Message}");
    return 1;
}
