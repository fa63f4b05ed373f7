namespace DroneInspect.Ingestion.Intake;

/// <summary>Takes in a flight from a folder.</summary>
public static class FlightIntake
{
    /// <summary>Lists a folder's capture files with content hashes; unreadable files become problems, never exceptions.</summary>
    public static FlightInventory ScanFolder(string folder) => throw new NotImplementedException("Ingestion helper implements this.");

    /// <summary>Groups files into capture pairs.</summary>
    public static IReadOnlyList<CapturePair> Pair(IEnumerable<FlightFile> files) => throw new NotImplementedException("Ingestion helper implements this.");
}
