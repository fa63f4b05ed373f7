using DroneInspect.Viewer.Auth;
using DroneInspect.Vision.Thermal.Grading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DroneInspect.Viewer.Map;

/// <summary>
/// <c>GET /api/grading-levels</c>: each standard a finding can be regraded on and its levels, least to most severe, as
/// the review grain checks them (the thermal rules' standards, then the visual defect scale), so the finding panel
/// offers only levels a regrade can use.
/// </summary>
public static class GradingLevelsEndpoint
{
    public static IEndpointRouteBuilder MapGradingLevels(this IEndpointRouteBuilder app)
    {
        app.MapGet("api/grading-levels", Levels)
            .RequireViewerPolicy(ViewerPolicies.ReadFlights)
            .WithSummary("The grading standards and their levels, least severe first.");
        return app;
    }

    private static Ok<List<StandardLevels>> Levels()
    {
        var rules = GradingRules.Default;
        var standards = rules.RuleSet.Standards
            .Select(s => new StandardLevels(s.Standard, rules.LevelsOf(s.Standard)))
            .Append(new StandardLevels(Grains.Pipeline.VisualDefects.Standard, Grains.Pipeline.VisualDefects.Levels))
            .ToList();
        return TypedResults.Ok(standards);
    }
}

/// <summary>A standard's name and its levels, least to most severe.</summary>
public sealed record StandardLevels(string Standard, IReadOnlyList<string> Levels);
