using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DroneInspect.Viewer.Problems;

/// <summary>Problem answers the endpoints share, each with a detail naming what was asked for.</summary>
public static class ApiProblems
{
    /// <summary>404 for <paramref name="what"/> (e.g. "flight 'line-7'"): absent, or not one the caller may see.</summary>
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"There is no {what}, or it is not one you may see.");
}
