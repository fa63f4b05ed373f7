using System.Runtime.InteropServices;

namespace DroneInspect.Ingestion.Thermal.Dji;

/// <summary>
/// Adapter to DJI's proprietary Thermal SDK (libdirp), the only source of absolute temperatures for DJI R-JPEGs.
/// The library is not shipped: set <see cref="PathVariable"/> to its folder or to libdirp.so itself. Loaded once
/// per process; when absent, DJI maps stay relative and <see cref="NotConfiguredReason"/> says why.
/// </summary>
public sealed class DjiThermalSdk
{
    /// <summary>Environment variable naming the SDK folder or the libdirp.so file.</summary>
    public const string PathVariable = "DRONEINSPECT_DJI_TSDK";

    /// <summary>What a DJI map says when the SDK is not configured.</summary>
    public const string NotConfiguredReason = "DJI Thermal SDK not configured (set DRONEINSPECT_DJI_TSDK)";

    private const string LibraryFileName = "libdirp.so";
    private const int Ok = 0;

    private static readonly Lazy<(DjiThermalSdk? Sdk, string Reason)> Shared = new(() =>
    {
        var sdk = TryLoad(Environment.GetEnvironmentVariable(PathVariable), out var reason);
        return (sdk, reason);
    });

    private readonly CreateFromRjpeg _create;
    private readonly GetResolution _resolution;
    private readonly MeasureEx _measure;
    private readonly Destroy _destroy;

    private DjiThermalSdk(CreateFromRjpeg create, GetResolution resolution, MeasureEx measure, Destroy destroy)
    {
        _create = create;
        _resolution = resolution;
        _measure = measure;
        _destroy = destroy;
    }

    // The C API (dirp_api.h): every call returns 0 on success or a negative DIRP error code.
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int CreateFromRjpeg(byte[] data, int size, out IntPtr handle);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int GetResolution(IntPtr handle, out Resolution resolution);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int MeasureEx(IntPtr handle, [Out] float[] celsius, int sizeBytes);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int Destroy(IntPtr handle);

    /// <summary>The SDK named by <see cref="PathVariable"/>, or null when it is unset or cannot be loaded.</summary>
    public static DjiThermalSdk? Configured => Shared.Value.Sdk;

    /// <summary>Why <see cref="Configured"/> is null (not set, or set but unloadable); empty when it is loaded.</summary>
    public static string ConfiguredProblem => Shared.Value.Reason;

    /// <summary>Loads libdirp from a folder or a file path; null with <paramref name="reason"/> when that fails.</summary>
    public static DjiThermalSdk? TryLoad(string? location, out string reason)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            reason = NotConfiguredReason;
            return null;
        }

        var file = Directory.Exists(location) ? Path.Combine(location, LibraryFileName) : location;
        if (!NativeLibrary.TryLoad(file, out var library))
        {
            reason = $"DJI Thermal SDK could not be loaded from {file}";
            return null;
        }

        if (!NativeLibrary.TryGetExport(library, "dirp_create_from_rjpeg", out var create)
            || !NativeLibrary.TryGetExport(library, "dirp_get_rjpeg_resolution", out var resolution)
            || !NativeLibrary.TryGetExport(library, "dirp_measure_ex", out var measure)
            || !NativeLibrary.TryGetExport(library, "dirp_destroy", out var destroy))
        {
            reason = $"{file} lacks the DJI Thermal SDK functions (dirp_create_from_rjpeg, dirp_measure_ex, ...)";
            return null;
        }

        reason = string.Empty;
        return new DjiThermalSdk(
            Marshal.GetDelegateForFunctionPointer<CreateFromRjpeg>(create),
            Marshal.GetDelegateForFunctionPointer<GetResolution>(resolution),
            Marshal.GetDelegateForFunctionPointer<MeasureEx>(measure),
            Marshal.GetDelegateForFunctionPointer<Destroy>(destroy));
    }

    /// <summary>Absolute Celsius map of a whole R-JPEG file. Throws <see cref="ThermalFormatException"/> when the SDK refuses it.</summary>
    public TemperatureMap Measure(byte[] rjpeg, string name)
    {
        Check(_create(rjpeg, rjpeg.Length, out var handle), name, "open");
        try
        {
            Check(_resolution(handle, out var size), name, "read the resolution of");
            if (size.Width <= 0 || size.Height <= 0 || (long)size.Width * size.Height > 16L * 1024 * 1024)
            {
                throw new ThermalFormatException($"{name}: the DJI Thermal SDK reports an impossible size {size.Width}x{size.Height}.");
            }

            var celsius = new float[size.Width * size.Height];
            Check(_measure(handle, celsius, celsius.Length * sizeof(float)), name, "measure");
            return new TemperatureMap(size.Width, size.Height, celsius, isAbsolute: true);
        }
        finally
        {
            _destroy(handle);
        }
    }

    private static void Check(int status, string name, string action)
    {
        if (status != Ok)
        {
            throw new ThermalFormatException($"{name}: the DJI Thermal SDK could not {action} the file (error {status}).");
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Resolution
    {
        public int Width;
        public int Height;
    }
}
