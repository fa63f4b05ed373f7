using System.Net;
using System.Net.Sockets;
using DroneInspect.Viewer.Hosting;

namespace DroneInspect.Viewer.Tests.Hosting;

public sealed class SiloPortsTests
{
    [Fact]
    public void ZeroPicksTwoDifferentFreePortsAndKeepsGivenOnes()
    {
        var chosen = SiloPorts.Resolve(0, 0);
        var given = SiloPorts.Resolve(23456, 0);

        Assert.NotEqual(0, chosen.SiloPort);
        Assert.NotEqual(0, chosen.GatewayPort);
        Assert.NotEqual(chosen.SiloPort, chosen.GatewayPort);
        Assert.Equal(23456, given.SiloPort);
        chosen.EnsureFree();
    }

    [Fact]
    public void PortHeldByAPlainListenerIsReportedByNameAndOption()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var refused = Assert.Throws<HostStartException>(() => SiloPorts.Resolve(port, 0).EnsureFree());

        Assert.Contains($"The Orleans silo port {port} on 127.0.0.1 is already in use", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--silo-port", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>Orleans listens with SO_REUSEPORT; a second silo would bind beside it silently. The check still sees it.</summary>
    [Fact]
    public void PortHeldWithReusePortAsOrleansHoldsItIsStillReported()
    {
        using var holder = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        holder.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        holder.SetRawSocketOption(1 /* SOL_SOCKET */, 15 /* SO_REUSEPORT */, BitConverter.GetBytes(1));
        holder.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        holder.Listen();
        var port = ((IPEndPoint)holder.LocalEndPoint!).Port;

        var refused = Assert.Throws<HostStartException>(() => SiloPorts.Resolve(0, port).EnsureFree());

        Assert.Contains($"The Orleans gateway port {port}", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--gateway-port", refused.Message, StringComparison.Ordinal);
    }
}
