namespace DroneInspect.Synthetic;

/// <summary>Where <see cref="SampleFlightGenerator.Generate"/> put a sample flight and what it holds.</summary>
/// <param name="FlightFolder">Folder with the RGB (_W.JPG) and thermal (_T.JPG / _T.tiff) captures.</param>
/// <param name="DefectCount">Planted defects (thermal and visual) listed in the ground truth.</param>
public sealed record SampleFlightSummary(
    string FlightFolder, string AssetsPath, string CustomersPath, string GroundTruthPath, int RgbCount, int ThermalCount, int DefectCount)
{
    /// <summary>
    /// Which version of the sample's files this is (<see cref="SampleFlightGenerator.FilesVersion"/> when generated); 0 for a
    /// summary written before versions were kept. A sample of an older version is generated afresh.
    /// </summary>
    public int FilesVersion { get; init; }
}
