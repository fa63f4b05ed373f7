namespace DroneInspect.Geo.Placement;

/// <summary>A 3-D vector in metres (or a direction), double precision: ENU (east, north, up) or UTM grid (easting, northing, altitude).</summary>
public readonly record struct Vector3D(double X, double Y, double Z)
{
    public double Length => Math.Sqrt(Dot(this));

    public static Vector3D operator +(Vector3D a, Vector3D b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);

    public static Vector3D operator -(Vector3D a, Vector3D b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    public static Vector3D operator *(Vector3D a, double s) => new(a.X * s, a.Y * s, a.Z * s);

    public static Vector3D operator *(double s, Vector3D a) => a * s;

    public double Dot(Vector3D b) => X * b.X + Y * b.Y + Z * b.Z;

    public Vector3D Cross(Vector3D b) => new(Y * b.Z - Z * b.Y, Z * b.X - X * b.Z, X * b.Y - Y * b.X);

    public Vector3D Normalized()
    {
        var length = Length;
        return length > 0 ? this * (1.0 / length) : this;
    }
}
