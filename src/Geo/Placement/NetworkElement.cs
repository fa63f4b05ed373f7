using DroneInspect.Geo.Assets;

namespace DroneInspect.Geo.Placement;

/// <summary>
/// One piece of an asset's 3-D shape in the grid frame: a segment from <see cref="Start"/> to <see cref="End"/> (a
/// point for equipment) thickened by <see cref="RadiusMeters"/>. Pole/tower: the vertical axis base..top; equipment:
/// the mount point; conductor: one straight piece of a phase's sagging curve.
/// </summary>
/// <param name="Component">Fixed component name, or null for a pole/tower (decided by the hit height: top/body).</param>
/// <param name="SpanSupportIds">For a conductor: the ids of the span's two supports, when the line names them.</param>
internal sealed record NetworkElement(
    Asset Asset,
    Vector3D Start,
    Vector3D End,
    double RadiusMeters,
    string? Component,
    IReadOnlyList<string>? SpanSupportIds,
    ConductorCurve? Curve = null);

/// <summary>
/// The sagging curve a conductor piece approximates: the phase's attachment points at both supports (grid frame) and
/// the sag below their chord at mid-span (metres). The curve hangs straight below the chord, so a point found on a
/// piece only needs its height corrected to lie on the curve.
/// </summary>
internal sealed record ConductorCurve(Vector3D Start, Vector3D End, double SagMeters)
{
    /// <summary>The point of the curve above or below <paramref name="onPiece"/> (same horizontal position).</summary>
    public Vector3D OnCurve(Vector3D onPiece)
    {
        var chord = End - Start;
        var horizontal = (chord.X * chord.X) + (chord.Y * chord.Y);
        var s = horizontal > 1e-12
            ? Math.Clamp((((onPiece.X - Start.X) * chord.X) + ((onPiece.Y - Start.Y) * chord.Y)) / horizontal, 0, 1)
            : 0;
        return onPiece with { Z = Start.Z + (chord.Z * s) - (4 * SagMeters * s * (1 - s)) };
    }
}

/// <summary>Where a ray passes an element: parameters on both and the gap between axis and ray.</summary>
/// <param name="RayDistanceMeters">Distance from the camera along the ray to its closest point.</param>
/// <param name="ElementPoint">Closest point on the element's axis (its placement point).</param>
/// <param name="GapMeters">Distance from the ray to the element's surface (0 when the ray passes through it).</param>
internal readonly record struct RayApproach(double RayDistanceMeters, Vector3D ElementPoint, double GapMeters);

internal static class RayGeometry
{
    /// <summary>
    /// Closest approach of the ray origin + t * direction (unit), t in [tMin, tMax], to the element's axis segment
    /// (closest points of two segments, clamped to both).
    /// </summary>
    public static RayApproach Approach(Vector3D origin, Vector3D direction, double tMin, double tMax, NetworkElement element)
    {
        var p1 = origin + direction * tMin;
        var d1 = direction * (tMax - tMin);
        var d2 = element.End - element.Start;
        var r = p1 - element.Start;
        var a = d1.Dot(d1);
        var e = d2.Dot(d2);
        var f = d2.Dot(r);
        double s, t;
        if (e <= 1e-12)
        {
            t = 0;
            s = Math.Clamp(-d1.Dot(r) / a, 0, 1);
        }
        else
        {
            var c = d1.Dot(r);
            var b = d1.Dot(d2);
            var denominator = a * e - b * b;
            var parallel = denominator <= 1e-12 * a * e;
            s = parallel ? 0 : Math.Clamp((b * f - c * e) / denominator, 0, 1);
            t = (b * s + f) / e;
            if (parallel)
            {
                // Any pair is closest: take the element point nearest the ray start and its foot on the ray.
                t = Math.Clamp(t, 0, 1);
                s = Math.Clamp((element.Start + d2 * t - p1).Dot(d1) / a, 0, 1);
            }
            if (t < 0)
            {
                t = 0;
                s = Math.Clamp(-c / a, 0, 1);
            }
            else if (t > 1)
            {
                t = 1;
                s = Math.Clamp((b - c) / a, 0, 1);
            }
        }

        var onRay = p1 + d1 * s;
        var onElement = element.Start + d2 * t;
        var gap = Math.Max(0, (onRay - onElement).Length - element.RadiusMeters);
        return new RayApproach(tMin + s * (tMax - tMin), onElement, gap);
    }
}
