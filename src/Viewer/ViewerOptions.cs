using System.ComponentModel.DataAnnotations;
using System.Net;

namespace DroneInspect.Viewer;

/// <summary>
/// How the viewer host listens and where the embedded silo keeps its state. Bound from the "Viewer" configuration
/// section and validated at start, so a bad port or address stops the host with a plain message.
/// </summary>
public sealed class ViewerOptions : IValidatableObject
{
    public const string SectionName = "Viewer";

    public const int DefaultPort = 5080;

    /// <summary>Folder for grain state and outputs (the embedded SQLite file lives here).</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    /// <summary>IP address Kestrel listens on; loopback by default so nothing is exposed to the network.</summary>
    [Required]
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>HTTP port; 0 lets the operating system choose a free one (tests).</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = DefaultPort;

    /// <summary>Orleans silo-to-silo port on loopback (localhost clustering); 0, the default, picks a free one.</summary>
    [Range(0, 65535)]
    public int SiloPort { get; set; }

    /// <summary>
    /// ONNX detector the pipeline runs on every capture (components on thermal images, visual defects on RGB); null
    /// skips detection, and every capture's notes say so.
    /// </summary>
    public string? DetectorModelPath { get; set; }

    /// <summary>
    /// The utility's asset network (GeoJSON) that flights uploaded over HTTP are analysed against; null refuses to
    /// close an upload, saying so.
    /// </summary>
    public string? AssetNetworkPath { get; set; }

    /// <summary>Customers and their supply points for uploaded flights (optional).</summary>
    public string? CustomersPath { get; set; }

    /// <summary>
    /// Optional map tile URL template for the map page ("https://tiles.utility.example/{z}/{x}/{y}.png"; "{s}" for a
    /// subdomain). Null draws a plain background with a graticule: a closed network needs no tiles from the internet.
    /// Its origin is allowed as an image source in the Content-Security-Policy.
    /// </summary>
    public string? MapTileUrl { get; set; }

    /// <summary>The attribution the tile server asks for, shown on the map (plain text).</summary>
    public string? MapTileAttribution { get; set; }

    /// <summary>Orleans client gateway port on loopback; 0, the default, picks a free one.</summary>
    [Range(0, 65535)]
    public int GatewayPort { get; set; }

    /// <summary>
    /// Host names (no port) the viewer answers besides localhost, 127.0.0.1, [::1] and the listen address; a request
    /// with any other Host header gets 400. This defeats DNS rebinding: a web page the user visits cannot point its own
    /// name at 127.0.0.1 and read the API, because its requests carry its own name as Host. Add the server's DNS name
    /// here when it listens on the network.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Sign-in attempts one client address may make per minute; more get 429.</summary>
    [Range(1, 100_000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Consecutive failed sign-ins after which an account is locked for <see cref="LockoutDuration"/>.</summary>
    [Range(1, 1000)]
    public int LockoutFailures { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Every Host the viewer answers: the loopback names, the listen address unless it is a wildcard, and <see cref="AllowedHosts"/>.</summary>
    public IReadOnlyList<string> EffectiveAllowedHosts()
    {
        var hosts = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        if (IPAddress.TryParse(ListenAddress, out var address) && !address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any))
        {
            hosts.Add(address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString());
        }

        hosts.AddRange(AllowedHosts);
        return hosts.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IPAddress.TryParse(ListenAddress, out _))
        {
            yield return new ValidationResult(
                $"ListenAddress '{ListenAddress}' is not an IP address.", [nameof(ListenAddress)]);
        }

        if (LockoutDuration <= TimeSpan.Zero)
        {
            yield return new ValidationResult($"LockoutDuration must be positive ({LockoutDuration}).", [nameof(LockoutDuration)]);
        }

        if (!string.IsNullOrWhiteSpace(MapTileUrl) && Hardening.MapTiles.Sample(MapTileUrl) is null)
        {
            yield return new ValidationResult(
                $"MapTileUrl '{MapTileUrl}' is not an http(s) URL template like https://tiles.example/{{z}}/{{x}}/{{y}}.png.", [nameof(MapTileUrl)]);
        }

        if (SiloPort != 0 && SiloPort == GatewayPort)
        {
            yield return new ValidationResult(
                $"SiloPort and GatewayPort must differ (both {SiloPort}).", [nameof(SiloPort), nameof(GatewayPort)]);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem, for callers that build a host eagerly.</summary>
    public void EnsureValid()
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true))
        {
            throw new ArgumentException(
                "Invalid viewer options: " + string.Join(" ", results.Select(r => r.ErrorMessage)));
        }
    }

    /// <summary>The options as configuration keys under <see cref="SectionName"/>, so they bind like any other source.</summary>
    internal IEnumerable<KeyValuePair<string, string?>> ToConfiguration()
    {
        string Key(string name) => $"{SectionName}:{name}";
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        yield return new(Key(nameof(DataFolder)), DataFolder);
        yield return new(Key(nameof(ListenAddress)), ListenAddress);
        yield return new(Key(nameof(Port)), Port.ToString(invariant));
        yield return new(Key(nameof(SiloPort)), SiloPort.ToString(invariant));
        yield return new(Key(nameof(GatewayPort)), GatewayPort.ToString(invariant));
        yield return new(Key(nameof(AssetNetworkPath)), AssetNetworkPath);
        yield return new(Key(nameof(CustomersPath)), CustomersPath);
        if (MapTileUrl is not null)
        {
            // Only when set, so "Viewer:MapTileUrl" from the environment or a settings file is not hidden by a null.
            yield return new(Key(nameof(MapTileUrl)), MapTileUrl);
            yield return new(Key(nameof(MapTileAttribution)), MapTileAttribution);
        }
        for (var i = 0; i < AllowedHosts.Count; i++)
        {
            yield return new(Key($"{nameof(AllowedHosts)}:{i}"), AllowedHosts[i]);
        }

        yield return new(Key(nameof(SignInAttemptsPerMinute)), SignInAttemptsPerMinute.ToString(invariant));
        yield return new(Key(nameof(LockoutFailures)), LockoutFailures.ToString(invariant));
        yield return new(Key(nameof(LockoutDuration)), LockoutDuration.ToString("c", invariant));
    }
}
