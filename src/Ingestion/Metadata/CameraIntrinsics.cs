namespace DroneInspect.Ingestion.Metadata;

/// <summary>Pinhole intrinsics of one image, in pixels of that image (no distortion model).</summary>
public sealed record CameraIntrinsics(
    double FocalLengthPixelsX,
    double FocalLengthPixelsY,
    double PrincipalPointX,
    double PrincipalPointY,
    int Width,
    int Height)
{
    /// <summary>
    /// Intrinsics from the focal length (mm) and the focal-plane resolution (pixels per mm); null when the file lacks
    /// either or the image size. The principal point is taken at the image centre.
    /// </summary>
    public static CameraIntrinsics? FromMetadata(CaptureMetadata metadata)
    {
        if (metadata.FocalLengthMillimeters is not { } focalMm || focalMm <= 0
            || metadata.FocalPlaneXResolutionPerMillimeter is not { } resX || resX <= 0
            || metadata.ImageWidth is not { } width || width <= 0
            || metadata.ImageHeight is not { } height || height <= 0)
        {
            return null;
        }

        var resY = metadata.FocalPlaneYResolutionPerMillimeter is { } y && y > 0 ? y : resX;
        return new CameraIntrinsics(focalMm * resX, focalMm * resY, width / 2.0, height / 2.0, width, height);
    }
}
