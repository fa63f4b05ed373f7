using System.Net;
using DroneInspect.Viewer.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DroneInspect.Viewer.Tests;

/// <summary>One real viewer host: Kestrel on a free loopback port, the embedded silo on free ports, a data folder.</summary>
public sealed class ViewerTestHost : IAsyncDisposable
{
    private ViewerTestHost(WebApplication app, string dataFolder)
    {
        App = app;
        DataFolder = dataFolder;
        BaseAddress = new Uri(app.Urls.Single());
    }

    public WebApplication App { get; }

    public string DataFolder { get; }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<ViewerTestHost> StartAsync(
        string dataFolder, Action<ViewerOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var options = new ViewerOptions
        {
            DataFolder = dataFolder,
            Port = 0,
        };
        configure?.Invoke(options);
        var app = ViewerHost.BuildViewer(options, services);
        await app.StartAsync();
        return new ViewerTestHost(app, dataFolder);
    }

    /// <summary>A client that keeps cookies and does not follow redirects (so a redirect to sign in is seen as such).</summary>
    public HttpClient NewClient(string? bearerToken = null)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = BaseAddress,
        };
        if (bearerToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", bearerToken);
        }

        return client;
    }

    /// <summary>Signs <paramref name="client"/> in as a browser does: anti-forgery token first, then the form.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password)
    {
        var (header, token) = await AntiforgeryAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [SignInEndpoints.UserNameField] = userName,
                [SignInEndpoints.PasswordField] = password,
            }),
        };
        request.Headers.Add(header, token);
        return await client.SendAsync(request);
    }

    public static async Task<(string Header, string Token)> AntiforgeryAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/auth/antiforgery");
        response.EnsureSuccessStatusCode();
        var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (json.GetProperty("headerName").GetString()!, json.GetProperty("token").GetString()!);
    }

    public async Task<string> CreateUserAsync(string userName, string password, params string[] roles)
    {
        var accounts = Services.GetRequiredService<IAccountStore>();
        Assert.True(await accounts.TryCreateAsync(new Account(userName, AccountSignIn.HashPassword(userName, password), roles), default));
        var (token, record) = ApiTokens.Create(userName, "tests", DateTimeOffset.UtcNow);
        await accounts.AddTokenAsync(record, default);
        return token;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
