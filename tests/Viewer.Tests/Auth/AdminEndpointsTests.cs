using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DroneInspect.Viewer.Auth;

namespace DroneInspect.Viewer.Tests.Auth;

[Collection(ViewerHostCollection.Name)]
public sealed class AdminEndpointsTests(ViewerHostFixture host)
{
    private HttpClient Admin() => host.Host.NewClient(host.TokenOf(ViewerHostFixture.UserFor(ViewerRoles.Admin)));

    [Fact]
    public async Task AdminCreatesAUserWhoCanSignInWithTheRolesGiven()
    {
        using var admin = Admin();

        using var created = await admin.PostAsJsonAsync("/api/admin/users",
            new { userName = "new.engineer", password = "a long enough password", roles = new[] { ViewerRoles.Engineer } });
        using var client = host.Host.NewClient();
        using var signIn = await ViewerTestHost.SignInAsync(client, "new.engineer", "a long enough password");
        var me = JsonDocument.Parse(await client.GetStringAsync("/api/me")).RootElement;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.Equal([ViewerRoles.Engineer], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("bad name!", "a long enough password", ViewerRoles.Pilot, "userName")]
    [InlineData("shortpw", "short", ViewerRoles.Pilot, "password")]
    [InlineData("wizard", "a long enough password", "wizard", "Unknown role")]
    public async Task BadNewUserIsABadRequestWithTheReason(string userName, string password, string role, string reason)
    {
        using var admin = Admin();

        using var response = await admin.PostAsJsonAsync("/api/admin/users", new { userName, password, roles = new[] { role } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ExistingUserNameIsAConflictWhateverItsCase()
    {
        using var admin = Admin();

        using var response = await admin.PostAsJsonAsync("/api/admin/users",
            new { userName = "ENGINEER1", password = "a long enough password", roles = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task AdminMakesATokenForAnotherUserThatActsAsThem()
    {
        using var admin = Admin();

        using var created = await admin.PostAsJsonAsync($"/api/admin/users/{ViewerHostFixture.OtherPilot}/tokens", new { label = "field laptop" });
        var token = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
        using var asPilot = host.Host.NewClient(token);
        var me = JsonDocument.Parse(await asPilot.GetStringAsync("/api/me")).RootElement;
        using var adminOnly = await asPilot.GetAsync("/api/admin/users");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(ViewerHostFixture.OtherPilot, me.GetProperty("userName").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, adminOnly.StatusCode);
    }

    [Fact]
    public async Task AdminResetsAPasswordAndLiftsTheLockout()
    {
        const string userName = "forgetful";
        await host.Host.CreateUserAsync(userName, ViewerHostFixture.Password, ViewerRoles.Service);
        using var client = host.Host.NewClient();
        for (var i = 0; i < 5; i++)
        {
            using var failed = await ViewerTestHost.SignInAsync(client, userName, "guessing wrong " + i);
        }

        using var admin = Admin();
        using var tooShort = await admin.PutAsJsonAsync($"/api/admin/users/{userName}/password", new { password = "short" });
        using var reset = await admin.PutAsJsonAsync($"/api/admin/users/{userName}/password", new { password = "a brand new password" });
        using var oldPassword = await ViewerTestHost.SignInAsync(client, userName, ViewerHostFixture.Password);
        using var newPassword = await ViewerTestHost.SignInAsync(client, userName, "a brand new password");

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, newPassword.StatusCode);
    }

    [Fact]
    public async Task RolesOfAnUnknownUserIsNotFound()
    {
        using var admin = Admin();

        using var response = await admin.PutAsJsonAsync("/api/admin/users/nobody/roles", new { roles = new[] { ViewerRoles.Pilot } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
