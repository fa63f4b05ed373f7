using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Projection;
using NetTopologySuite.Geometries;

namespace DroneInspect.Geo.Placement;

/// <summary>
/// Turns assets into 3-D shapes in the grid frame. Poles/towers: vertical axis from ground elevation to ground +
/// height. Equipment: a sphere at ground + mount height. Lines: a <see cref="ConductorLine"/> per line (vertices at the
/// supports, each at its support's ground + attachment height), whose pieces are made on demand.
/// </summary>
internal sealed class NetworkElementBuilder(AssetNetwork network, UtmProjection projection, PlacementOptions options)
{
    private readonly List<NetworkElement> _elements = [];
    private readonly List<ConductorLine> _lines = [];

    public (List<NetworkElement> Elements, List<ConductorLine> Lines) Build()
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

        return (_elements, _lines);
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
        var sequence = ((LineString)line.Geometry).CoordinateSequence;
        var count = sequence.Count;
        var supportIds = line.Supports();
        var phases = Math.Max(1, (int)(line.NumberAttribute("phases") ?? 3));
        var spacing = line.NumberAttribute("phaseSpacingMeters") ?? options.DefaultPhaseSpacingMeters;
        var sag = line.NumberAttribute("sagMeters") ?? 0;
        // A parabola of sag s drawn with n chords is off by at most s / n^2: as few pieces as keep that within tolerance.
        var pieces = Math.Clamp((int)Math.Ceiling(Math.Sqrt(Math.Abs(sag) / options.MaxSagChordErrorMeters)), 1, Math.Max(1, options.ConductorPiecesPerSpan));
        var x = new double[count];
        var y = new double[count];
        var z = new double[count];
        var supports = supportIds.Count == count ? new string?[count] : null;
        for (var i = 0; i < count; i++)
        {
            var support = Support(supportIds, i, count);
            (x[i], y[i]) = projection.Project(sequence.GetX(i), sequence.GetY(i));
            z[i] = Ground(support ?? line) + Attachment(line, support);
            if (supports is not null)
            {
                supports[i] = support?.Id;
            }
        }

        _lines.Add(new ConductorLine(line, x, y, z, supports, phases, spacing, sag, pieces));
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
