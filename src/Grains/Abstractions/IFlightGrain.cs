namespace DroneInspect.Grains.Abstractions;

/// <summary>One uploaded flight: runs it through the pipeline, keeps its progress and findings. Keyed by flight id.</summary>
public interface IFlightGrain : IGrainWithStringKey
{
    /// <summary>Starts (or resumes) the analysis; returns at once. Finished captures are not redone.</summary>
    Task<FlightStatus> Start(FlightRequest request);

    Task<FlightStatus> GetStatus();

    Task<IReadOnlyList<Finding>> GetFindings();

    /// <summary>
    /// Reads each finding's review status again (after a review was recorded), keeps it with the findings and rewrites
    /// the flight's outputs (GeoJSON, CSV, report) so they carry it; returns the findings.
    /// </summary>
    Task<IReadOnlyList<Finding>> RefreshReviews();
}
