using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace DroneInspect.Cli.Remote;

/// <summary>
/// Signs in to a viewer as its page does (anti-forgery token, then the form) and asks it for an API token for that
/// user; signs out again. Each step that fails throws <see cref="ViewerRequestException"/> with what the server said.
/// </summary>
public sealed class ViewerTokenClient(Uri server) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = server,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async Task<NewToken> CreateTokenAsync(string userName, string password, string label, CancellationToken cancellationToken)
    {
        using (var signIn = await SendAsync(HttpMethod.Post, "/auth/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["userName"] = userName,
                   ["password"] = password,
               }), cancellationToken))
        {
            Expect(signIn, HttpStatusCode.NoContent, signIn.StatusCode switch
            {
                HttpStatusCode.Unauthorized => "wrong user name or password",
                HttpStatusCode.TooManyRequests => "too many sign-in attempts; wait a few minutes",
                _ => null,
            });
        }

        NewToken token;
        using (var created = await SendAsync(HttpMethod.Post, "/api/tokens", JsonContent.Create(new { label }), cancellationToken))
        {
            Expect(created, HttpStatusCode.Created, null);
            token = await created.Content.ReadFromJsonAsync<NewToken>(cancellationToken)
                ?? throw new ViewerRequestException("the server answered no token.");
        }

        using var signOut = await SendAsync(HttpMethod.Post, "/auth/sign-out", null, cancellationToken);
        return token;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Every unsafe request carries a fresh anti-forgery token (it changes when the caller signs in).</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var antiforgery = await _http.GetAsync("/auth/antiforgery", cancellationToken);
        Expect(antiforgery, HttpStatusCode.OK, null);
        var token = await antiforgery.Content.ReadFromJsonAsync<AntiforgeryToken>(cancellationToken)
            ?? throw new ViewerRequestException("the server answered no anti-forgery token.");
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(token.HeaderName, token.Token);
        return await _http.SendAsync(request, cancellationToken);
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode expected, string? reason)
    {
        if (response.StatusCode != expected)
        {
            var request = $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}";
            throw new ViewerRequestException($"{request}: HTTP {(int)response.StatusCode}{(reason is null ? "" : ", " + reason)}.");
        }
    }

    private sealed record AntiforgeryToken(
        [property: JsonPropertyName("headerName")] string HeaderName,
        [property: JsonPropertyName("token")] string Token);
}

/// <summary>A token the server made; <see cref="Token"/> is shown only once.</summary>
public sealed record NewToken(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("token")] string Token);

public sealed class ViewerRequestException(string message) : Exception(message);
