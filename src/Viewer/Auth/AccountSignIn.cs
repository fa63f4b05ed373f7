using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DroneInspect.Viewer.Auth;

public enum SignInOutcome
{
    Succeeded,
    Failed,
    LockedOut,
}

/// <summary>
/// Checks a user name and password. After <see cref="ViewerOptions.LockoutFailures"/> consecutive failures the account
/// is locked for <see cref="ViewerOptions.LockoutDuration"/>, and while locked even the right password is refused. An
/// unknown name costs the same hash verification as a known one, so timing does not tell which names exist.
/// </summary>
public sealed class AccountSignIn(IAccountStore accounts, IOptions<ViewerOptions> viewerOptions, TimeProvider time)
{
    private static readonly PasswordHasher<Account> Hasher = new();

    private static readonly string DummyHash = Hasher.HashPassword(new Account("", "", []), Guid.NewGuid().ToString());

    public static string HashPassword(string userName, string password) =>
        Hasher.HashPassword(new Account(userName, "", []), password);

    public async Task<(SignInOutcome Outcome, Account? Account)> CheckAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(userName, cancellationToken);
        if (account is null)
        {
            Hasher.VerifyHashedPassword(new Account(userName, "", []), DummyHash, password);
            return (SignInOutcome.Failed, null);
        }

        var options = viewerOptions.Value;
        var now = time.GetUtcNow();
        if (account.LockedUntil is { } lockedUntil && lockedUntil > now)
        {
            return (SignInOutcome.LockedOut, null);
        }

        if (Hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            var failures = account.FailedSignIns + 1;
            var locks = failures >= options.LockoutFailures;
            await accounts.SetSignInStateAsync(account.UserName, locks ? 0 : failures, locks ? now + options.LockoutDuration : null, cancellationToken);
            return (locks ? SignInOutcome.LockedOut : SignInOutcome.Failed, null);
        }

        if (account.FailedSignIns > 0 || account.LockedUntil is not null)
        {
            await accounts.SetSignInStateAsync(account.UserName, 0, null, cancellationToken);
        }

        return (SignInOutcome.Succeeded, account);
    }
}
