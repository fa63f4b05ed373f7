using System.Net;
using System.Net.Sockets;

namespace DroneInspect.Viewer.Hosting;

/// <summary>
/// The ports the embedded silo listens on (silo-to-silo and client gateway, on loopback). A configured 0 means "choose a
/// free one", the default, so two processes on one machine (a `serve` and an `analyze` on other data folders, or test
/// hosts) never meet on Orleans' fixed 11111/30000.
/// </summary>
public sealed record SiloPorts(int SiloPort, int GatewayPort)
{
    /// <summary>The silo binds to loopback only (localhost clustering).</summary>
    public static readonly IPAddress Address = IPAddress.Loopback;

    /// <summary>The configured ports, each 0 replaced by a port the operating system reports free now.</summary>
    public static SiloPorts Resolve(int siloPort, int gatewayPort)
    {
        var silo = siloPort != 0 ? siloPort : FreePort(exclude: gatewayPort);
        var gateway = gatewayPort != 0 ? gatewayPort : FreePort(exclude: silo);
        return new SiloPorts(silo, gateway);
    }

    /// <summary>
    /// Throws <see cref="HostStartException"/> when either port is taken. Orleans binds its sockets with SO_REUSEPORT,
    /// so two silos bind one port silently and split its connections; a plain socket without that option cannot bind a
    /// port anyone holds, which is the check made here, just before the silo starts.
    /// </summary>
    public void EnsureFree()
    {
        EnsureFree(SiloPort, "Orleans silo port", "--silo-port");
        EnsureFree(GatewayPort, "Orleans gateway port", "--gateway-port");
    }

    private static void EnsureFree(int port, string what, string option)
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            probe.Bind(new IPEndPoint(Address, port));
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            throw new HostStartException(
                $"The {what} {port} on {Address} is already in use by another process. " +
                $"Stop it, or choose another port with {option} (0 picks a free one).", e);
        }
    }

    private static int FreePort(int exclude)
    {
        while (true)
        {
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(Address, 0));
            var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
            if (port != exclude)
            {
                return port;
            }
        }
    }
}
