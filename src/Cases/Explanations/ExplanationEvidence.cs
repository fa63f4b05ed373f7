namespace DroneInspect.Cases.Explanations;

/// <summary>
/// The pictures behind a finding: the thermal image and the visible-light (RGB) crop, both PNG, and the camera that
/// took them. Either image may be missing; the explanation then says so.
/// </summary>
/// <param name="CameraModel">The camera's make and model as the capture recorded it, e.g. "DJI M3T"; null when unknown.</param>
public sealed record ExplanationEvidence(byte[]? ThermalPng, byte[]? VisualPng, string? CameraModel)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>No pictures and no camera.</summary>
    public static ExplanationEvidence None { get; } = new(null, null, null);

    /// <summary>Reads the images from PNG files (null paths are skipped); throws <see cref="InvalidDataException"/> for a file that is not a PNG.</summary>
    public static ExplanationEvidence FromFiles(string? thermalPngPath, string? visualPngPath, string? cameraModel) =>
        new(Read(thermalPngPath), Read(visualPngPath), cameraModel);

    /// <summary>True when <paramref name="bytes"/> start with the PNG signature.</summary>
    public static bool IsPng(ReadOnlySpan<byte> bytes) => bytes.StartsWith(PngSignature);

    private static byte[]? Read(string? path)
    {
        if (path is null) return null;
        var bytes = File.ReadAllBytes(path);
        return IsPng(bytes) ? bytes : throw new InvalidDataException($"{path} is not a PNG file.");
    }
}
