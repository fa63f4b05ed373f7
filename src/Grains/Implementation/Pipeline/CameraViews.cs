using DroneInspect.Geo.Placement;
using DroneInspect.Ingestion.Metadata;

namespace DroneInspect.Grains.Pipeline;

/// <summary>Builds the camera's view of one image from what its file says.</summary>
public static class CameraViews
{
    /// <summary>
    /// The view in pixels of an image <paramref name="widthPixels"/> x <paramref name="heightPixels"/> (the decoded
    /// map, which may differ from the EXIF size: focal lengths are scaled). Null with a reason when GPS, altitude,
    /// gimbal pitch or intrinsics are missing.
    /// </summary>
    public static CameraView? TryBuild(CaptureMetadata metadata, int widthPixels, int heightPixels, out string? missing)
    {
        var pose = metadata.Pose;
        var altitude = pose?.AbsoluteAltitudeMeters ?? metadata.Gps?.AltitudeMeters;
        var yaw = pose?.GimbalYawDegrees ?? pose?.FlightYawDegrees;
        var intrinsics = CameraIntrinsics.FromMetadata(metadata);
        missing = metadata.Gps is null ? "GPS position"
            : altitude is null ? "altitude"
            : pose?.GimbalPitchDegrees is null ? "gimbal pitch"
            : yaw is null ? "yaw"
            : intrinsics is null ? "camera intrinsics (focal length and focal-plane resolution)"
            : null;
        if (missing is not null)
        {
            return null;
        }

        var scaleX = widthPixels / (double)intrinsics!.Width;
        var scaleY = heightPixels / (double)intrinsics.Height;
        double? ground = pose?.AbsoluteAltitudeMeters is { } abs && pose.RelativeAltitudeMeters is { } rel ? abs - rel : null;
        return new CameraView(
            metadata.Gps!.LatitudeDegrees,
            metadata.Gps.LongitudeDegrees,
            altitude!.Value,
            ground,
            yaw!.Value,
            pose!.GimbalPitchDegrees!.Value,
            pose.GimbalRollDegrees ?? 0,
            intrinsics.FocalLengthPixelsX * scaleX,
            intrinsics.FocalLengthPixelsY * scaleY,
            intrinsics.PrincipalPointX * scaleX,
            intrinsics.PrincipalPointY * scaleY,
            widthPixels,
            heightPixels);
    }
}
