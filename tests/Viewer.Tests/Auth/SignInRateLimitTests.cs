using System.Net;

namespace DroneInspect.Viewer.Tests.Auth;

/// <summary>On its own host: the per-address limit would otherwise be shared with every other sign-in test.</summary>
public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task SignInAttemptsOverThePerAddressLimitGet429()
    {
        var dataFolder = Directory.CreateTempSubdirectory("di-ratelimit-").FullName;
        try
        {
            await using var host = await ViewerTestHost.StartAsync(dataFolder, options => options.SignInAttemptsPerMinute = 3);
            using var client = host.NewClient();
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 4; i++)
            {
                // A different user name each time: the limit is per client address, not only per account.
                using var response = await ViewerTestHost.SignInAsync(client, "guess" + i, "wrong password here");
                statuses.Add(response.StatusCode);
            }

            Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}
