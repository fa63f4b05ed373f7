using DroneInspect.Geo.Assets;

namespace DroneInspect.Cases.Requests;

/// <summary>One asset a request asks to look at, and its part in the customer's supply.</summary>
/// <param name="Role">"meter", "transformer", "mount", "upstream-support" or "line".</param>
public sealed record RequestTarget(string AssetId, AssetKind Kind, string Role);
