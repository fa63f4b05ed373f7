namespace DroneInspect.Synthetic.Geometry;

/// <summary>A point or direction in the local east-north-up frame, metres.</summary>
internal readonly record struct Vec3(double E, double N, double U)
{
    public static Vec3 operator +(Vec3 a, Vec3 b) => new(a.E + b.E, a.N + b.N, a.U + b.U);

    public static Vec3 operator -(Vec3 a, Vec3 b) => new(a.E - b.E, a.N - b.N, a.U - b.U);

    public static Vec3 operator *(Vec3 a, double s) => new(a.E * s, a.N * s, a.U * s);

    public double Dot(Vec3 b) => E * b.E + N * b.N + U * b.U;

    public Vec3 Cross(Vec3 b) => new(N * b.U - U * b.N, U * b.E - E * b.U, E * b.N - N * b.E);

    public double Length => Math.Sqrt(Dot(this));

    public Vec3 Normalized() => this * (1.0 / Length);

    /// <summary>Linear interpolation: t = 0 gives this, t = 1 gives <paramref name="b"/>.</summary>
    public Vec3 Lerp(Vec3 b, double t) => this + (b - this) * t;
}
