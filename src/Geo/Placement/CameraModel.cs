namespace DroneInspect.Geo.Placement;

/// <summary>
/// Pinhole camera (no distortion) of a <see cref="CameraView"/>: pixel to viewing direction and back, in a local ENU frame
/// (X east, Y north, Z up, metres, origin at the camera).
/// <para>
/// Image: pixel x grows to the right, y downwards; pixel centres sit at integer + 0.5 the way the view's principal point is
/// given. Camera axes: right (+x), down (+y), forward (optical axis). A pixel (u, v) looks along
/// right * (u - cx) / fx + down * (v - cy) / fy + forward.
/// </para>
/// <para>
/// Orientation, all in degrees, applied to a camera that starts level looking north (forward = north, right = east,
/// image up = up), as yaw then pitch then roll in the camera's own axes:
/// yaw turns forward clockwise from true north seen from above (90 looks east);
/// pitch tilts forward up from the horizon (0 level, -90 nadir; at nadir the top of the image points along the yaw);
/// roll turns the camera about the optical axis, positive clockwise as seen from behind the camera (the right edge of
/// the image dips down, so the scene appears turned counter-clockwise in the image).
/// </para>
/// </summary>
public sealed class CameraModel
{
    private readonly double _fx, _fy, _cx, _cy;

    public CameraModel(CameraView view)
    {
        if (!(view.FocalLengthPixelsX > 0) || !(view.FocalLengthPixelsY > 0))
        {
            throw new ArgumentException("Focal lengths in pixels must be positive.", nameof(view));
        }

        (_fx, _fy, _cx, _cy) = (view.FocalLengthPixelsX, view.FocalLengthPixelsY, view.PrincipalPointX, view.PrincipalPointY);
        var (yaw, pitch, roll) = (Radians(view.YawDegrees), Radians(view.PitchDegrees), Radians(view.RollDegrees));
        var (sy, cy) = Math.SinCos(yaw);
        var (sp, cp) = Math.SinCos(pitch);
        var (sr, cr) = Math.SinCos(roll);
        Forward = new Vector3D(sy * cp, cy * cp, sp);
        var levelRight = new Vector3D(cy, -sy, 0);
        var levelUp = new Vector3D(-sy * sp, -cy * sp, cp);
        Right = levelRight * cr - levelUp * sr;
        Down = (levelUp * cr + levelRight * sr) * -1.0;
    }

    /// <summary>Unit vector of the optical axis in ENU.</summary>
    public Vector3D Forward { get; }

    /// <summary>Unit vector of the image's +x direction in ENU.</summary>
    public Vector3D Right { get; }

    /// <summary>Unit vector of the image's +y direction in ENU.</summary>
    public Vector3D Down { get; }

    /// <summary>Angular size of one pixel in radians (along x, at the principal point).</summary>
    public double PixelAngleRadians => 1.0 / _fx;

    /// <summary>Unit direction in ENU of the ray through pixel (x, y).</summary>
    public Vector3D DirectionEnu(double pixelX, double pixelY) =>
        (Right * ((pixelX - _cx) / _fx) + Down * ((pixelY - _cy) / _fy) + Forward).Normalized();

    /// <summary>
    /// Pixel where a point at <paramref name="offsetEnu"/> metres from the camera appears; false when it is not in front
    /// of the camera (the pixel may still fall outside the image: the caller checks bounds when that matters).
    /// </summary>
    public bool TryProjectEnu(Vector3D offsetEnu, out double pixelX, out double pixelY)
    {
        var depth = offsetEnu.Dot(Forward);
        if (depth <= 1e-9)
        {
            (pixelX, pixelY) = (double.NaN, double.NaN);
            return false;
        }

        pixelX = _cx + _fx * offsetEnu.Dot(Right) / depth;
        pixelY = _cy + _fy * offsetEnu.Dot(Down) / depth;
        return true;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180.0;
}
