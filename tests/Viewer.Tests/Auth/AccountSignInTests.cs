using DroneInspect.Viewer.Auth;
using DroneInspect.Viewer.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DroneInspect.Viewer.Tests.Auth;

/// <summary>The lockout on its own, on the SQLite store and a fake clock.</summary>
public sealed class AccountSignInTests : IDisposable
{
    private const string Password = "the right password";

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("di-signin-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 15, 10, 0, 0, TimeSpan.Zero));
    private readonly SqliteAccountStore _accounts;
    private readonly AccountSignIn _signIn;

    public AccountSignInTests()
    {
        _accounts = new SqliteAccountStore(new ViewerDatabase(_dataFolder));
        var options = Options.Create(new ViewerOptions { LockoutFailures = 3, LockoutDuration = TimeSpan.FromMinutes(15) });
        _signIn = new AccountSignIn(_accounts, options, _time);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Fact]
    public async Task LockoutLastsItsDurationThenTheRightPasswordWorksAgain()
    {
        await _accounts.TryCreateAsync(new Account("ann", AccountSignIn.HashPassword("ann", Password), [ViewerRoles.Engineer]), default);
        var outcomes = new List<SignInOutcome>();
        for (var i = 0; i < 3; i++)
        {
            outcomes.Add((await _signIn.CheckAsync("ann", "wrong", default)).Outcome);
        }

        _time.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = (await _signIn.CheckAsync("ann", Password, default)).Outcome;
        _time.Advance(TimeSpan.FromMinutes(2));
        var (afterwards, account) = await _signIn.CheckAsync("ann", Password, default);

        Assert.Equal([SignInOutcome.Failed, SignInOutcome.Failed, SignInOutcome.LockedOut], outcomes);
        Assert.Equal(SignInOutcome.LockedOut, stillLocked);
        Assert.Equal(SignInOutcome.Succeeded, afterwards);
        Assert.Equal("ann", account?.UserName);
        Assert.Equal((0, null), ((await _accounts.FindAsync("ann", default))!.FailedSignIns, (await _accounts.FindAsync("ann", default))!.LockedUntil));
    }

    [Fact]
    public async Task SuccessResetsTheFailureCount()
    {
        await _accounts.TryCreateAsync(new Account("bob", AccountSignIn.HashPassword("bob", Password), []), default);

        await _signIn.CheckAsync("bob", "wrong", default);
        await _signIn.CheckAsync("bob", "wrong", default);
        await _signIn.CheckAsync("bob", Password, default);
        await _signIn.CheckAsync("bob", "wrong", default);
        var (outcome, _) = await _signIn.CheckAsync("bob", "wrong", default);

        Assert.Equal(SignInOutcome.Failed, outcome);
    }

    [Fact]
    public async Task UserNamesMatchIgnoringCase()
    {
        await _accounts.TryCreateAsync(new Account("Carol", AccountSignIn.HashPassword("Carol", Password), []), default);

        var (outcome, account) = await _signIn.CheckAsync("carol", Password, default);

        Assert.Equal(SignInOutcome.Succeeded, outcome);
        Assert.Equal("Carol", account?.UserName);
    }
}
