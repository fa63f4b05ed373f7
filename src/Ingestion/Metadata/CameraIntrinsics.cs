using System.Globalization;

namespace DroneInspect.Ingestion.Metadata;

/// <summary>
/// Pinhole intrinsics of a capture, in pixels of the image as stored: focal lengths along x and y and the
/// principal point (taken at the image centre; drone cameras rarely state it).
/// </summary>
public sealed record CameraIntrinsics(
    double FocalLengthPixelsX,
    double FocalLengthPixelsY,
    double PrincipalPointX,
    double PrincipalPointY,
    int Width,
    int Height)
{
    /// <summary>Diagonal of a 35 mm film frame (36 x 24 mm), the reference for "35 mm equivalent" focal lengths.</summary>
    public const double FullFrameDiagonalMillimeters = 43.27;

    /// <summary>
    /// Largest relative difference between the x and y focal lengths accepted (0.05 = 5 %). Drone camera pixels are
    /// square; a larger difference means the file's focal-plane resolution is wrong (e.g. stated for another image size).
    /// </summary>
    public const double MaxPixelAspectDeviation = 0.05;

    /// <summary>
    /// Widest diagonal field of view accepted, degrees. Inspection cameras see 30-95 degrees; beyond 120 a pinhole
    /// model is wrong even for a real fisheye, so such intrinsics come from a wrong focal length.
    /// </summary>
    public const double MaxFieldOfViewDegrees = 120;

    /// <summary>Where the focal lengths came from: "focal-plane", "35mm-equivalent" or "known-camera".</summary>
    public string Source { get; init; } = "";

    /// <summary>Why a source the file offers was not used (implausible optics), when one was not; else null.</summary>
    public string? Note { get; init; }

    /// <summary>The diagonal field of view these intrinsics imply, degrees.</summary>
    public double DiagonalFieldOfViewDegrees
    {
        get
        {
            var x = Width / 2.0 / FocalLengthPixelsX;
            var y = Height / 2.0 / FocalLengthPixelsY;
            return 2 * Math.Atan(Math.Sqrt((x * x) + (y * y))) * 180 / Math.PI;
        }
    }

    /// <summary>Relative difference of the x and y focal lengths (0 for square pixels).</summary>
    public double PixelAspectDeviation => Math.Abs(FocalLengthPixelsX - FocalLengthPixelsY) / Math.Min(FocalLengthPixelsX, FocalLengthPixelsY);

    /// <summary>
    /// Derives intrinsics from, in order: the focal length with the focal-plane resolution, the 35 mm equivalent
    /// focal length, or the sensor of a known drone camera, taking the first whose result is plausible (square
    /// pixels within <see cref="MaxPixelAspectDeviation"/>, a field of view within <see cref="MaxFieldOfViewDegrees"/>).
    /// A source passed over for implausibility is named in <see cref="Note"/>. Null when the image size is missing or
    /// no source gives plausible intrinsics.
    /// </summary>
    public static CameraIntrinsics? FromMetadata(CaptureMetadata m) => FromMetadata(m, out _);

    /// <summary>As <see cref="FromMetadata(CaptureMetadata)"/>; <paramref name="note"/> says which sources were passed over and why (also when the result is null).</summary>
    public static CameraIntrinsics? FromMetadata(CaptureMetadata m, out string? note)
    {
        note = null;
        if (m.ImageWidth is not int width || m.ImageHeight is not int height)
        {
            return null;
        }

        var rejected = new List<string>();
        foreach (var candidate in Candidates(m, width, height))
        {
            if (Implausibility(candidate) is { } why)
            {
                rejected.Add($"{candidate.Source} {why}");
                continue;
            }

            note = rejected.Count == 0 ? null : $"{string.Join("; ", rejected)}: used {candidate.Source} instead";
            return candidate with { Note = note };
        }

        note = rejected.Count == 0 ? null : $"{string.Join("; ", rejected)}: no plausible intrinsics";
        return null;
    }

    private static IEnumerable<CameraIntrinsics> Candidates(CaptureMetadata m, int width, int height)
    {
        if (m.FocalLengthMillimeters is > 0 and var f && m.FocalPlaneXResolutionPerMillimeter is > 0 and var rx)
        {
            yield return Make(f * rx, f * (m.FocalPlaneYResolutionPerMillimeter ?? rx), width, height, "focal-plane");
        }

        if (m.FocalLength35mmEquivalent is > 0 and var f35)
        {
            var focal = f35 / FullFrameDiagonalMillimeters * Math.Sqrt(((double)width * width) + ((double)height * height));
            yield return Make(focal, focal, width, height, "35mm-equivalent");
        }

        if (KnownDroneCameras.Find(m.Model, width, height) is { } sensor)
        {
            // Square pixels across the sensor's width: a 16:9 image cropped from a 4:3 sensor keeps the width.
            var focal = (m.FocalLengthMillimeters is > 0 and var ef ? ef : sensor.FocalLengthMillimeters) * width / sensor.SensorWidthMillimeters;
            yield return Make(focal, focal, width, height, "known-camera");
        }
    }

    private static CameraIntrinsics Make(double fx, double fy, int width, int height, string source) =>
        new(fx, fy, width / 2.0, height / 2.0, width, height) { Source = source };

    private static string? Implausibility(CameraIntrinsics k)
    {
        var inv = CultureInfo.InvariantCulture;
        if (k.PixelAspectDeviation > MaxPixelAspectDeviation)
        {
            return string.Create(inv, $"gives non-square pixels (fx {k.FocalLengthPixelsX:0.#} px, fy {k.FocalLengthPixelsY:0.#} px, {k.PixelAspectDeviation * 100:0.#} % apart; at most {MaxPixelAspectDeviation * 100:0} %)");
        }

        var fov = k.DiagonalFieldOfViewDegrees;
        return fov > MaxFieldOfViewDegrees
            ? string.Create(inv, $"gives a {fov:0.#} degree field of view (at most {MaxFieldOfViewDegrees:0})")
            : null;
    }
}
