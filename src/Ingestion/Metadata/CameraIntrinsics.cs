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
    /// Derives intrinsics from, in order: the focal length with the focal-plane resolution, the 35 mm equivalent
    /// focal length, or the sensor of a known drone camera. Null when the image size or every source is missing.
    /// </summary>
    public static CameraIntrinsics? FromMetadata(CaptureMetadata m)
    {
        if (m.ImageWidth is not int width || m.ImageHeight is not int height)
        {
            return null;
        }

        double? fx = null, fy = null;
        if (m.FocalLengthMillimeters is > 0 and var f && m.FocalPlaneXResolutionPerMillimeter is > 0 and var rx)
        {
            fx = f * rx;
            fy = f * (m.FocalPlaneYResolutionPerMillimeter ?? rx);
        }
        else if (m.FocalLength35mmEquivalent is > 0 and var f35)
        {
            fx = fy = f35 / FullFrameDiagonalMillimeters * Math.Sqrt(((double)width * width) + ((double)height * height));
        }
        else if (KnownDroneCameras.Find(m.Model, width, height) is { } sensor)
        {
            var focal = m.FocalLengthMillimeters is > 0 and var ef ? ef : sensor.FocalLengthMillimeters;
            fx = focal * width / sensor.SensorWidthMillimeters;
            fy = focal * height / sensor.SensorHeightMillimeters;
        }

        return fx is null || fy is null ? null : new CameraIntrinsics(fx.Value, fy.Value, width / 2.0, height / 2.0, width, height);
    }
}
