namespace DroneInspect.Geo.Placement;

/// <summary>
/// Settings of <see cref="SightingLocator"/>. Errors are 1-sigma; sizes in metres. Defaults suit a consumer drone
/// (non-RTK GPS, barometric altitude) over a distribution network.
/// </summary>
public sealed record PlacementOptions
{
    /// <summary>1-sigma camera position error per horizontal axis.</summary>
    public double GpsHorizontalMeters { get; init; } = 1.5;

    /// <summary>1-sigma camera altitude error (relative to the ground the view states).</summary>
    public double AltitudeMeters { get; init; } = 1.0;

    /// <summary>1-sigma error of each of yaw, pitch and roll.</summary>
    public double AngleDegrees { get; init; } = 1.0;

    /// <summary>Ground elevation above sea level used when neither the view nor an asset states one.</summary>
    public double GroundElevationMeters { get; init; }

    /// <summary>Assets farther along the ray than this are not considered.</summary>
    public double MaxRangeMeters { get; init; } = 500;

    /// <summary>Smallest match tolerance between the ray and an asset element.</summary>
    public double MinMatchToleranceMeters { get; init; } = 0.5;

    /// <summary>Match tolerance as an angle, in pixels of the view: the detector's own pointing error.</summary>
    public double MatchTolerancePixels { get; init; } = 2;

    /// <summary>
    /// Match tolerance as a multiple of the pose's lateral 1-sigma error at the element's range
    /// (sqrt(gps^2 + (range * angle)^2)), so a sighting still finds its asset when the pose is off. 0 turns it off.
    /// </summary>
    public double MatchTolerancePoseSigmas { get; init; } = 2;

    public double PoleRadiusMeters { get; init; } = 0.3;

    public double TowerRadiusMeters { get; init; } = 3;

    /// <summary>Radius of the sphere standing for a transformer or switchgear around its mount point.</summary>
    public double EquipmentRadiusMeters { get; init; } = 1;

    public double MeterRadiusMeters { get; init; } = 0.3;

    /// <summary>Heights used when an asset lacks them.</summary>
    public double DefaultPoleHeightMeters { get; init; } = 10;

    public double DefaultTowerHeightMeters { get; init; } = 30;

    public double DefaultAttachmentHeightMeters { get; init; } = 9;

    public double DefaultMountHeightMeters { get; init; } = 7;

    public double DefaultPhaseSpacingMeters { get; init; } = 1;

    /// <summary>Most straight pieces approximating each phase conductor of a span.</summary>
    public int ConductorPiecesPerSpan { get; init; } = 16;

    /// <summary>
    /// Largest gap between a sagging conductor and its straight pieces: a span gets the fewest pieces (at most
    /// <see cref="ConductorPiecesPerSpan"/>) that keep within it, so flat spans cost one element per phase.
    /// </summary>
    public double MaxSagChordErrorMeters { get; init; } = 0.02;

    /// <summary>A pole/tower hit within max(this, fraction * height) of its top is component "top", else "body".</summary>
    public double TopZoneMinMeters { get; init; } = 1.5;

    public double TopZoneFraction { get; init; } = 0.15;

    /// <summary>
    /// A conductor hit within this horizontal distance of a span's support is the hardware attaching that phase to the
    /// support (insulator, clamp, connector): it is placed on the support as "attachment/{phase}", as utilities record it.
    /// </summary>
    public double SupportHardwareZoneMeters { get; init; } = 1.5;
}
