using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Cli.Tests.Support;

/// <summary>Needs the samples and /usr/bin/exiftool (the independent raw extraction); skipped with the reason otherwise.</summary>
public sealed class ExifToolTheoryAttribute : TheoryAttribute
{
    public ExifToolTheoryAttribute()
    {
        Skip = SharedData.Root is null ? SharedData.MissingReason
            : ExifToolRaw.Available ? null
            : $"{ExifToolRaw.ExifToolPath} not installed: raw counts cannot be extracted independently";
    }
}

/// <summary>Needs the samples and no DJI Thermal SDK: with the SDK, DJI maps are absolute and other tests cover them.</summary>
public sealed class WithoutDjiSdkTheoryAttribute : TheoryAttribute
{
    public WithoutDjiSdkTheoryAttribute()
    {
        Skip = SharedData.Root is null ? SharedData.MissingReason
            : string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("DRONEINSPECT_DJI_TSDK")) ? null
            : "DRONEINSPECT_DJI_TSDK is set: DJI maps are absolute here";
    }
}

/// <summary>Needs no DJI Thermal SDK (the test builds its own DJI file): with the SDK, DJI maps are absolute.</summary>
public sealed class WithoutDjiSdkFactAttribute : FactAttribute
{
    public WithoutDjiSdkFactAttribute()
    {
        Skip = string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("DRONEINSPECT_DJI_TSDK")) ? null
            : "DRONEINSPECT_DJI_TSDK is set: DJI maps are absolute here";
    }
}
