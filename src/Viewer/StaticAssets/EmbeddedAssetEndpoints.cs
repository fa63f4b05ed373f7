using System.Reflection;
using DroneInspect.Viewer.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;

namespace DroneInspect.Viewer.StaticAssets;

/// <summary>
/// Serves the page from resources embedded in this assembly (wwwroot/**), so the CLI can host it from any folder
/// without the Web SDK's static web assets. "/" is index.html. Only the sign-in page and what it loads are open to
/// anonymous callers; every other file needs a signed-in user (the fallback policy), and a browser is sent to sign in.
/// </summary>
public static class EmbeddedAssetEndpoints
{
    private const string ResourcePrefix = "wwwroot/";

    /// <summary>What the sign-in page needs before anyone is signed in.</summary>
    public static IReadOnlySet<string> SignInAssets { get; } = new HashSet<string>(StringComparer.Ordinal) { "signin.html", "signin.js", "app.css" };

    public static IEndpointRouteBuilder MapEmbeddedAssets(this IEndpointRouteBuilder app)
    {
        var assets = Load(typeof(EmbeddedAssetEndpoints).Assembly);
        foreach (var (path, asset) in assets)
        {
            var endpoint = app.MapGet("/" + path, () => Serve(asset)).ExcludeFromDescription();
            if (SignInAssets.Contains(path))
            {
                endpoint.AllowAnonymousForSignIn();
            }
            else
            {
                endpoint.RequireViewerPolicy(ViewerPolicies.SignedIn);
            }

            if (path == "index.html")
            {
                app.MapGet("/", () => Serve(asset)).ExcludeFromDescription().RequireViewerPolicy(ViewerPolicies.SignedIn);
            }
        }

        return app;
    }

    private static FileContentHttpResult Serve(EmbeddedAsset asset) =>
        TypedResults.Bytes(asset.Content, asset.ContentType);

    /// <summary>Reads every wwwroot resource once (a few kilobytes) with its content type.</summary>
    public static IReadOnlyDictionary<string, EmbeddedAsset> Load(Assembly assembly)
    {
        var types = new FileExtensionContentTypeProvider();
        var assets = new Dictionary<string, EmbeddedAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded resource '{name}' vanished.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);

            var path = name[ResourcePrefix.Length..];
            var contentType = types.TryGetContentType(path, out var known) ? known : "application/octet-stream";
            if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal))
            {
                contentType += "; charset=utf-8";
            }

            assets[path] = new EmbeddedAsset(buffer.ToArray(), contentType);
        }

        return assets;
    }
}

/// <summary>One embedded file's bytes and HTTP content type.</summary>
public sealed record EmbeddedAsset(byte[] Content, string ContentType);
