using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Projection;
using NetTopologySuite.Geometries;

namespace DroneInspect.Geo.Placement;

/// <summary>
/// Turns assets into 3-D elements in the grid frame. Poles/towers: vertical axis from ground elevation to ground +
/// height. Equipment: a sphere at ground + mount height. Lines: per span (consecutive vertices, which the schema puts
/// at the supports) and per phase, a conductor attached at each support's ground + attachment height, offset
/// horizontally perpendicular to the span by ((n - 1) / 2 - k) * phase spacing to the right (A rightmost looking from
/// the first support to the next, as the sample flight's feeders are built), sagging as a parabola to sagMeters below the chord at mid-span, in straight pieces.
/// </summary>
internal sealed class NetworkElementBuilder(AssetNetwork network, UtmProjection projection, PlacementOptions options)
{
    private readonly List<NetworkElement> _elements = [];

    public List<NetworkElement> Build()
    {
        foreach (var asset in network.Assets)
        {
            switch (asset.Kind)
            {
                case AssetKind.Pole or AssetKind.Tower:
                    AddSupport(asset);
                    break;
                case AssetKind.Line:
                    AddLine(asset);
                    break;
                default:
                    AddEquipment(asset);
                    break;
            }
        }

        return _elements;
    }

    private void AddSupport(Asset asset)
    {
        var isTower = asset.Kind == AssetKind.Tower;
        var height = asset.HeightMeters ?? (isTower ? options.DefaultTowerHeightMeters : options.DefaultPoleHeightMeters);
        var basePoint = Grid(asset.Geometry.Coordinate, Ground(asset));
        var top = basePoint with { Z = basePoint.Z + height };
        _elements.Add(new NetworkElement(asset, basePoint, top, isTower ? options.TowerRadiusMeters : options.PoleRadiusMeters, null, null));
    }

    private void AddEquipment(Asset asset)
    {
        var mount = Grid(asset.Geometry.Coordinate, Ground(asset) + (asset.HeightMeters ?? options.DefaultMountHeightMeters));
        var radius = asset.Kind == AssetKind.Meter ? options.MeterRadiusMeters : options.EquipmentRadiusMeters;
        var component = asset.Kind.ToString().ToLowerInvariant();
        _elements.Add(new NetworkElement(asset, mount, mount, radius, component, null));
    }

    private void AddLine(Asset line)
    {
        var vertices = line.Geometry.Coordinates;
        var supportIds = line.Supports();
        var phases = Math.Max(1, (int)(line.NumberAttribute("phases") ?? 3));
        var spacing = line.NumberAttribute("phaseSpacingMeters") ?? options.DefaultPhaseSpacingMeters;
        var sag = line.NumberAttribute("sagMeters") ?? 0;
        // A parabola of sag s drawn with n chords is off by at most s / n^2: as few pieces as keep that within tolerance.
        var pieces = Math.Clamp((int)Math.Ceiling(Math.Sqrt(Math.Abs(sag) / options.MaxSagChordErrorMeters)), 1, Math.Max(1, options.ConductorPiecesPerSpan));
        for (var i = 0; i + 1 < vertices.Length; i++)
        {
            var first = Support(supportIds, i, vertices.Length);
            var second = Support(supportIds, i + 1, vertices.Length);
            var a = Grid(vertices[i], Ground(first ?? line) + Attachment(line, first));
            var b = Grid(vertices[i + 1], Ground(second ?? line) + Attachment(line, second));
            var along = new Vector3D(b.X - a.X, b.Y - a.Y, 0).Normalized();
            var right = new Vector3D(along.Y, -along.X, 0);
            string[]? span = first is not null && second is not null ? [first.Id, second.Id] : null;
            for (var k = 0; k < phases; k++)
            {
                var offset = right * (((phases - 1) / 2.0 - k) * spacing);
                var component = "conductor/" + NetworkGeometry.PhaseName(k);
                var previous = a + offset;
                var curve = new ConductorCurve(a + offset, b + offset, sag);
                for (var j = 1; j <= pieces; j++)
                {
                    var s = (double)j / pieces;
                    var next = a + (b - a) * s + offset;
                    next = next with { Z = next.Z - 4 * sag * s * (1 - s) };
                    _elements.Add(new NetworkElement(line, previous, next, 0, component, span, curve));
                    previous = next;
                }
            }
        }
    }

    /// <summary>The support at vertex i when the line lists one support per vertex.</summary>
    private Asset? Support(IReadOnlyList<string> supportIds, int vertex, int vertexCount) =>
        supportIds.Count == vertexCount ? network.FindById(supportIds[vertex]) : null;

    private double Attachment(Asset line, Asset? support) =>
        line.HeightMeters ?? support?.HeightMeters ?? options.DefaultAttachmentHeightMeters;

    private double Ground(Asset asset) => asset.GroundElevationMeters ?? options.GroundElevationMeters;

    private Vector3D Grid(Coordinate lonLat, double altitudeMeters)
    {
        var (e, n) = projection.Project(lonLat.X, lonLat.Y);
        return new Vector3D(e, n, altitudeMeters);
    }
}
