using DroneInspect.Geo.Assets;

namespace DroneInspect.Geo.Placement;

/// <summary>
/// A line's conductors kept compactly: the grid position of each vertex (a support) and its attachment altitude, in
/// three arrays, plus the line's phase layout. The straight <see cref="NetworkElement"/> pieces of a span are made only
/// when a ray comes near that span, so a line of a million vertices costs a few arrays, not tens of millions of objects.
/// Per span (consecutive vertices) and per phase, a conductor is attached at each support's ground + attachment height,
/// offset horizontally perpendicular to the span by ((n - 1) / 2 - k) * phase spacing to the right (A rightmost looking
/// from the first support to the next), sagging as a parabola to sag metres below the chord at mid-span, in pieces.
/// </summary>
internal sealed class ConductorLine
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[] _z;
    private readonly string?[]? _supportIds;
    private readonly string[] _components;

    /// <param name="x">Grid easting of each vertex, metres.</param>
    /// <param name="y">Grid northing of each vertex, metres.</param>
    /// <param name="z">Attachment altitude above sea level at each vertex, metres.</param>
    /// <param name="supportIds">Per vertex, the id of the support standing there when the network has it; null when the line names none.</param>
    public ConductorLine(Asset line, double[] x, double[] y, double[] z, string?[]? supportIds, int phases, double spacingMeters, double sagMeters, int pieces)
    {
        Line = line;
        (_x, _y, _z, _supportIds) = (x, y, z, supportIds);
        Phases = phases;
        SpacingMeters = spacingMeters;
        SagMeters = sagMeters;
        Pieces = pieces;
        _components = Enumerable.Range(0, phases).Select(k => "conductor/" + NetworkGeometry.PhaseName(k)).ToArray();
        HalfWidthMeters = Math.Abs((phases - 1) / 2.0 * spacingMeters);
    }

    public Asset Line { get; }

    public int Phases { get; }

    public double SpacingMeters { get; }

    public double SagMeters { get; }

    /// <summary>Straight pieces per phase and span.</summary>
    public int Pieces { get; }

    /// <summary>How far the outermost phase lies beside the line's centre, metres.</summary>
    public double HalfWidthMeters { get; }

    public int SpanCount => _x.Length - 1;

    /// <summary>Lowest altitude any conductor can reach (attachment minus sag), metres above sea level.</summary>
    public double MinZ => _z.Min() - Math.Max(0, SagMeters);

    /// <summary>Highest altitude any conductor can reach, metres above sea level.</summary>
    public double MaxZ => _z.Max() + Math.Max(0, -SagMeters);

    /// <summary>Grid bounds (min X, min Y, max X, max Y) of vertices first..last, widened by the phases' half width.</summary>
    public (double MinX, double MinY, double MaxX, double MaxY) Bounds(int firstVertex, int lastVertex)
    {
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (var i = firstVertex; i <= lastVertex; i++)
        {
            minX = Math.Min(minX, _x[i]);
            maxX = Math.Max(maxX, _x[i]);
            minY = Math.Min(minY, _y[i]);
            maxY = Math.Max(maxY, _y[i]);
        }

        return (minX - HalfWidthMeters, minY - HalfWidthMeters, maxX + HalfWidthMeters, maxY + HalfWidthMeters);
    }

    /// <summary>Adds the straight pieces of every phase of span <paramref name="span"/> (vertex span to span + 1).</summary>
    public void AddSpanElements(int span, List<NetworkElement> found)
    {
        var a = new Vector3D(_x[span], _y[span], _z[span]);
        var b = new Vector3D(_x[span + 1], _y[span + 1], _z[span + 1]);
        var along = new Vector3D(b.X - a.X, b.Y - a.Y, 0).Normalized();
        var right = new Vector3D(along.Y, -along.X, 0);
        string[]? supports = _supportIds is { } ids && ids[span] is { } first && ids[span + 1] is { } second ? [first, second] : null;
        for (var k = 0; k < Phases; k++)
        {
            var offset = right * (((Phases - 1) / 2.0 - k) * SpacingMeters);
            var previous = a + offset;
            var curve = new ConductorCurve(a + offset, b + offset, SagMeters);
            for (var j = 1; j <= Pieces; j++)
            {
                var s = (double)j / Pieces;
                var next = a + (b - a) * s + offset;
                next = next with { Z = next.Z - 4 * SagMeters * s * (1 - s) };
                found.Add(new NetworkElement(Line, previous, next, 0, _components[k], supports, curve));
                previous = next;
            }
        }
    }
}
