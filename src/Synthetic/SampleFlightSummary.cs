namespace DroneInspect.Synthetic;

/// <summary>Where <see cref="SampleFlightGenerator.Generate"/> put a sample flight and what it holds.</summary>
/// <param name="FlightFolder">Folder with the RGB (_W.JPG) and thermal (_T.JPG / _T.tiff) captures.</param>
/// <param name="DefectCount">Planted defects (thermal and visual) listed in the ground truth.</param>
public sealed record SampleFlightSummary(
    string FlightFolder, string AssetsPath, string CustomersPath, string GroundTruthPath, int RgbCount, int ThermalCount, int DefectCount);
