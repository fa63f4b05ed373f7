using System.Globalization;

namespace DroneInspect.Viewer.Hardening;

/// <summary>
/// A map tile URL template as Leaflet takes it ("https://tiles.utility.example/{z}/{x}/{y}.png", "{s}" for a
/// subdomain letter): whether it is one, and the origin a Content-Security-Policy must allow for its images.
/// </summary>
public static class MapTiles
{
    private const string SubdomainPlaceholder = "{s}.";

    /// <summary>The template with its placeholders filled, parsed; null when it is not an absolute http(s) URL.</summary>
    public static Uri? Sample(string? template)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return null;
        }

        var filled = template.Replace(SubdomainPlaceholder, "a.", StringComparison.Ordinal)
            .Replace("{z}", "0", StringComparison.Ordinal).Replace("{x}", "0", StringComparison.Ordinal)
            .Replace("{y}", "0", StringComparison.Ordinal).Replace("{r}", string.Empty, StringComparison.Ordinal);
        return Uri.TryCreate(filled, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && !filled.Contains('{', StringComparison.Ordinal)
            && string.IsNullOrEmpty(uri.UserInfo)
            ? uri
            : null;
    }

    /// <summary>"scheme://host[:port]", with "*." for a "{s}." subdomain; null without a valid template.</summary>
    public static string? OriginOf(string? template)
    {
        if (Sample(template) is not { } uri)
        {
            return null;
        }

        var host = uri.IdnHost;
        if (template!.Contains("//" + SubdomainPlaceholder, StringComparison.Ordinal))
        {
            host = "*." + host[(host.IndexOf('.', StringComparison.Ordinal) + 1)..];
        }

        var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        return $"{uri.Scheme}://{host}{port}";
    }
}
