namespace DroneInspect.Vision.Thermal;

/// <summary>A component known on a thermal map (from the detector, mapped to thermal pixels) and its equipment kind.</summary>
/// <param name="EquipmentKind">Selects grading rows, e.g. "connector", "clamp", "conductor", "bushing".</param>
public sealed record ThermalComponent(PixelBox Box, string EquipmentKind);
