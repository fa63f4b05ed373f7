using DroneInspect.Geo.Assets;
using DroneInspect.Geo.Projection;

namespace DroneInspect.Geo.Placement;

/// <summary>
/// Casts a pixel's ray into the asset network and places the sighting. Build once per network (it builds the 3-D
/// geometry and its spatial index); <see cref="Locate"/> is then cheap and safe to call from many threads.
/// </summary>
public sealed class SightingLocator
{
    /// <summary><see cref="Placement.Method"/> when the ray met an asset element.</summary>
    public const string MethodAsset = "asset";

    /// <summary><see cref="Placement.Method"/> when no asset was near and the ray met the ground plane.</summary>
    public const string MethodGround = "ground";

    /// <summary>
    /// <see cref="Placement.Method"/> when the ray met neither (it points above the horizon): the placement is the
    /// camera's own position with the maximum range as its uncertainty.
    /// </summary>
    public const string MethodCamera = "camera";

    private const string ConductorPrefix = "conductor/";
    private const string AttachmentPrefix = "attachment/";

    /// <summary>
    /// Slack added to <see cref="PlacementOptions.MaxRangeMeters"/> before a camera counts as out of the network's
    /// reach: covers the extent's spherical distance error, phase offsets and element radii.
    /// </summary>
    private const double ReachSlackMeters = 50;

    private readonly AssetNetwork _network;
    private readonly PlacementOptions _options;
    private readonly NetworkGeometry _geometry;
    private readonly RayCaster _caster;
    private readonly RayCaster _groundOnly;
    private readonly Func<double, double> _reach;

    public SightingLocator(AssetNetwork network)
        : this(network, new PlacementOptions())
    {
    }

    public SightingLocator(AssetNetwork network, PlacementOptions options)
    {
        _network = network;
        _options = options;
        _geometry = new NetworkGeometry(network, options);
        _caster = new RayCaster(_geometry, options);
        _groundOnly = new RayCaster(new NetworkGeometry(new AssetNetwork([], []), options), options);
        _reach = PlacementUncertainty.PerturbationReach(options);
    }

    public PlacementOptions Options => _options;

    /// <summary>The UTM zone the network's geometry lives in.</summary>
    public UtmProjection Projection => _geometry.Projection;

    /// <summary>
    /// The view placed in this network's frame, e.g. to project world positions into its pixels. A network without
    /// geometry, or a camera out of the network's reach (see <see cref="DistanceOutOfReachMeters"/>), uses the camera's
    /// own zone: a zone projects well only near itself, and far away (thousands of km) it breaks down altogether.
    /// </summary>
    public CameraFrame CreateFrame(CameraView view) => new(view, _geometry.Count > 0 && DistanceOutOfReachMeters(view) is null
        ? _geometry.Projection
        : UtmProjection.ForLocation(view.LongitudeDegrees, view.LatitudeDegrees));

    /// <summary>
    /// Metres from the camera to the network's extent when that is more than any ray can reach an asset (the maximum
    /// range plus a small slack); null when the camera is within reach. +infinity for a network without assets.
    /// </summary>
    public double? DistanceOutOfReachMeters(CameraView view)
    {
        var distance = _network.DistanceToExtentMeters(view.LongitudeDegrees, view.LatitudeDegrees);
        return distance > _options.MaxRangeMeters + ReachSlackMeters ? distance : null;
    }

    /// <summary>
    /// Places what pixel (x, y) of the view shows. Component: "conductor/{phase}" (phase A, B, C right to left looking
    /// from the span's first support to its second) for a line, "attachment/{phase}" on a support for the hardware
    /// holding that phase (within <see cref="PlacementOptions.SupportHardwareZoneMeters"/> of the support), "top" or "body" for a pole/tower, the kind in lower
    /// case for equipment ("transformer"), null on the ground. Altitude in metres above sea level. A camera out of the
    /// network's reach is placed on the ground in its own UTM zone, with <see cref="Placement.DistanceToNetworkMeters"/>
    /// saying how far the network is.
    /// </summary>
    public Placement Locate(CameraView view, double pixelX, double pixelY)
    {
        if (!double.IsFinite(pixelX) || !double.IsFinite(pixelY))
        {
            throw new ArgumentException($"Pixel ({pixelX}, {pixelY}) is not finite.");
        }

        var outOfReach = DistanceOutOfReachMeters(view);
        var caster = outOfReach is null ? _caster : _groundOnly;
        var frame = CreateFrame(view);
        var groundZ = view.GroundElevationMeters ?? _options.GroundElevationMeters;
        var direction = frame.DirectionGrid(pixelX, pixelY);
        var pixelAngle = frame.Camera.PixelAngleRadians;
        var candidates = caster.Candidates(frame.Origin, direction, groundZ, pixelAngle, _reach);
        var hit = caster.Cast(frame.Origin, direction, groundZ, pixelAngle, candidates);
        var uncertainty = PlacementUncertainty.RadiusMeters(caster, frame, view, pixelX, pixelY, groundZ, hit, _options, candidates);
        if (hit.Element?.Curve is { } curve)
        {
            hit = hit with { Point = curve.OnCurve(hit.Point) };
        }

        var (lon, lat, altitude) = frame.ToGeographic(hit.Point);
        if (hit.Element is not { } element)
        {
            return new Placement(lat, lon, altitude, uncertainty, null, null, 0, hit.OnGround ? MethodGround : MethodCamera)
            {
                RangeMeters = hit.RangeMeters,
                DistanceToNetworkMeters = outOfReach is { } far && double.IsFinite(far) ? far : null,
            };
        }

        var confidence = Math.Clamp(1 - hit.GapMeters / hit.ToleranceMeters, 0, 1);
        var (assetId, component) = SupportHardware(element, hit.Point) ?? (element.Asset.Id, Component(element, hit.Point));
        return new Placement(lat, lon, altitude, uncertainty, assetId, component, confidence, MethodAsset)
        {
            RangeMeters = hit.RangeMeters,
            SpanSupportIds = element.SpanSupportIds,
            LineId = element.Asset.Kind == AssetKind.Line ? element.Asset.Id : null,
        };
    }

    /// <summary>A conductor point at one of its span's supports belongs to that support's hardware for the phase.</summary>
    private (string AssetId, string Component)? SupportHardware(NetworkElement element, Vector3D point)
    {
        if (element.SpanSupportIds is not { } supports || element.Component is not { } name || !name.StartsWith(ConductorPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var supportId in supports)
        {
            if (_network.FindById(supportId) is not { Geometry: NetTopologySuite.Geometries.Point at } support)
            {
                continue;
            }

            var (east, north) = _geometry.Projection.Project(at.X, at.Y);
            if (Math.Sqrt(Square(point.X - east) + Square(point.Y - north)) <= _options.SupportHardwareZoneMeters)
            {
                return (support.Id, AttachmentPrefix + name[ConductorPrefix.Length..]);
            }
        }

        return null;
    }

    private static double Square(double value) => value * value;

    private string Component(NetworkElement element, Vector3D point)
    {
        if (element.Component is { } fixedName)
        {
            return fixedName;
        }

        var height = element.End.Z - element.Start.Z;
        var topZone = Math.Max(_options.TopZoneMinMeters, _options.TopZoneFraction * height);
        return point.Z >= element.End.Z - topZone ? "top" : "body";
    }
}
