using DroneInspect.Viewer.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace DroneInspect.Viewer.Auth;

/// <summary>
/// Users, for admins: GET /api/admin/users, POST /api/admin/users {userName, password, roles},
/// PUT /api/admin/users/{userName}/roles {roles}, PUT /api/admin/users/{userName}/password {password} (also lifts a
/// lockout), POST /api/admin/users/{userName}/tokens {label}.
/// </summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("api/admin/users").RequireViewerPolicy(ViewerPolicies.Admin);
        users.MapGet("", ListUsers);
        users.MapPost("", CreateUser);
        users.MapPut("{userName}/roles", SetRoles);
        users.MapPut("{userName}/password", SetPassword);
        users.MapPost("{userName}/tokens", CreateToken);
        return app;
    }

    private static async Task<Ok<List<UserJson>>> ListUsers(IAccountStore accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok((await accounts.ListAsync(cancellationToken)).Select(a => new UserJson(a.UserName, a.Roles)).ToList());

    private static async Task<Results<Created<UserJson>, ProblemHttpResult>> CreateUser(
        NewUserRequest? request, IAccountStore accounts, CancellationToken cancellationToken)
    {
        if ((AccountRules.CheckUserName(request?.UserName) ?? AccountRules.CheckPassword(request?.Password)
                ?? AccountRules.CheckRoles(request?.Roles)) is { } problem)
        {
            return BadRequest(problem);
        }

        var (userName, password, roles) = (request!.UserName!, request.Password!, request.Roles!.Distinct().ToList());
        var account = new Account(userName, AccountSignIn.HashPassword(userName, password), roles);
        if (!await accounts.TryCreateAsync(account, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, detail: $"A user named '{userName}' exists already.");
        }

        return TypedResults.Created($"/api/admin/users/{userName}", new UserJson(userName, roles));
    }

    private static async Task<Results<Ok<UserJson>, ProblemHttpResult>> SetRoles(
        string userName, RolesRequest? request, IAccountStore accounts, CancellationToken cancellationToken)
    {
        if (AccountRules.CheckRoles(request?.Roles) is { } problem)
        {
            return BadRequest(problem);
        }

        var roles = request!.Roles!.Distinct().ToList();
        return await accounts.SetRolesAsync(userName, roles, cancellationToken)
            ? TypedResults.Ok(new UserJson(userName, roles))
            : ApiProblems.NotFound($"user '{userName}'");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetPassword(
        string userName, PasswordRequest? request, IAccountStore accounts, CancellationToken cancellationToken)
    {
        if (AccountRules.CheckPassword(request?.Password) is { } problem)
        {
            return BadRequest(problem);
        }

        return await accounts.SetPasswordHashAsync(userName, AccountSignIn.HashPassword(userName, request!.Password!), cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound($"user '{userName}'");
    }

    private static async Task<Results<Created<NewTokenJson>, ProblemHttpResult>> CreateToken(
        string userName, TokenRequest? request, IAccountStore accounts, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await accounts.FindAsync(userName, cancellationToken) is not { } account)
        {
            return ApiProblems.NotFound($"user '{userName}'");
        }

        return await TokenEndpoints.Create(account.UserName, request, accounts, time, cancellationToken) switch
        {
            { Result: Created<NewTokenJson> created } => created,
            { Result: ProblemHttpResult refused } => refused,
            var other => throw new InvalidOperationException($"Unexpected token result {other.Result}."),
        };
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, detail: detail);
}

public sealed record NewUserRequest(string? UserName, string? Password, IReadOnlyList<string>? Roles);

public sealed record PasswordRequest(string? Password);

public sealed record RolesRequest(IReadOnlyList<string>? Roles);

public sealed record UserJson(string UserName, IReadOnlyList<string> Roles);
