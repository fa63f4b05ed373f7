using DroneInspect.Viewer.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DroneInspect.Viewer.Auth;

/// <summary>
/// API tokens for the signed-in user: POST /api/tokens {label} (the token is in the answer, once), GET /api/tokens,
/// DELETE /api/tokens/{id}. Admins make tokens for others under /api/admin (see <see cref="AdminEndpoints"/>).
/// </summary>
public static class TokenEndpoints
{
    public const int MaximumLabelLength = 100;

    public static IEndpointRouteBuilder MapTokens(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("api/tokens").RequireViewerPolicy(ViewerPolicies.SignedIn);
        tokens.MapPost("", CreateOwn);
        tokens.MapGet("", ListOwn);
        tokens.MapDelete("{id}", RevokeOwn);
        return app;
    }

    /// <summary>Creates a token for <paramref name="userName"/>; a problem when the label is missing or too long.</summary>
    internal static async Task<Results<Created<NewTokenJson>, ProblemHttpResult>> Create(
        string userName, TokenRequest? request, IAccountStore accounts, TimeProvider time, CancellationToken cancellationToken)
    {
        var label = request?.Label?.Trim();
        if (string.IsNullOrEmpty(label) || label.Length > MaximumLabelLength)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
                detail: $"label is required, at most {MaximumLabelLength} characters (what the token is for, e.g. 'laptop CLI').");
        }

        var (token, record) = ApiTokens.Create(userName, label, time.GetUtcNow());
        await accounts.AddTokenAsync(record, cancellationToken);
        return TypedResults.Created($"/api/tokens/{record.Id}", new NewTokenJson(record.Id, label, token, record.Created));
    }

    private static Task<Results<Created<NewTokenJson>, ProblemHttpResult>> CreateOwn(
        TokenRequest? request, HttpContext context, IAccountStore accounts, TimeProvider time, CancellationToken cancellationToken) =>
        Create(ViewerPrincipal.NameOf(context.User), request, accounts, time, cancellationToken);

    private static async Task<Ok<List<TokenJson>>> ListOwn(HttpContext context, IAccountStore accounts, CancellationToken cancellationToken)
    {
        var tokens = await accounts.ListTokensAsync(ViewerPrincipal.NameOf(context.User), cancellationToken);
        return TypedResults.Ok(tokens.Select(t => new TokenJson(t.Id, t.Label, t.Created, t.Revoked)).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeOwn(
        string id, HttpContext context, IAccountStore accounts, TimeProvider time, CancellationToken cancellationToken) =>
        await accounts.RevokeTokenAsync(ViewerPrincipal.NameOf(context.User), id, time.GetUtcNow(), cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound($"token '{id}' of yours");
}

public sealed record TokenRequest(string? Label);

/// <summary>A new token: <paramref name="Token"/> is shown only in this answer.</summary>
public sealed record NewTokenJson(string Id, string Label, string Token, DateTimeOffset Created);

public sealed record TokenJson(string Id, string Label, DateTimeOffset Created, DateTimeOffset? Revoked);
