using DroneInspect.Ingestion.Intake;

namespace DroneInspect.Grains.Flight;

/// <summary>The silo service that inventories a flight folder; the default calls <see cref="FlightIntake"/>.</summary>
public interface IFlightIntake
{
    FlightInventory Scan(string folder);

    IReadOnlyList<CapturePair> Pair(IEnumerable<FlightFile> files);
}

/// <summary>Inventories with the ingestion library.</summary>
public sealed class LibraryFlightIntake : IFlightIntake
{
    public FlightInventory Scan(string folder) => FlightIntake.ScanFolder(folder);

    public IReadOnlyList<CapturePair> Pair(IEnumerable<FlightFile> files) => FlightIntake.Pair(files);
}
