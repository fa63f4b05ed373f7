using System.Net;
using System.Net.Sockets;
using DroneInspect.Viewer;
using Microsoft.AspNetCore.Builder;

namespace DroneInspect.Cli.Tests.Support;

/// <summary>A viewer host on free loopback ports for commands that talk to one.</summary>
public static class ViewerForTests
{
    public static WebApplication Build(string dataFolder) => ViewerHost.BuildViewer(new ViewerOptions
    {
        DataFolder = dataFolder,
        Port = 0,
    });

    public static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
