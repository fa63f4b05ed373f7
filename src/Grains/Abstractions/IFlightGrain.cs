namespace DroneInspect.Grains.Abstractions;

/// <summary>One uploaded flight: runs it through the pipeline, keeps its progress and findings. Keyed by flight id.</summary>
public interface IFlightGrain : IGrainWithStringKey
{
    /// <summary>Starts (or resumes) the analysis; returns at once. Finished captures are not redone.</summary>
    Task<FlightStatus> Start(FlightRequest request);

    Task<FlightStatus> GetStatus();

    Task<IReadOnlyList<Finding>> GetFindings();

    /// <summary>What the flight was started with; null before it was started.</summary>
    Task<FlightRequest?> GetRequest();

    /// <summary>
    /// Reads each finding's review status again (after a review was recorded), keeps it with the findings and rewrites
    /// the flight's outputs (GeoJSON, CSV, report) so they carry it; a newly confirmed finding opens a case (or joins the
    /// open case on its asset) with the customers the asset supplies. Returns the findings.
    /// </summary>
    Task<IReadOnlyList<Finding>> RefreshReviews();
}
