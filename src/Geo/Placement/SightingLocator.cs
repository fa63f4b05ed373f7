using DroneInspect.Geo.Assets;

namespace DroneInspect.Geo.Placement;

/// <summary>Casts a pixel's ray into the asset network and places the sighting.</summary>
public sealed class SightingLocator(AssetNetwork network)
{
    public Placement Locate(CameraView view, double pixelX, double pixelY) => throw new NotImplementedException("Geo helper implements this." + network.Assets.Count);
}
