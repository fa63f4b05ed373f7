namespace DroneInspect.Viewer.Tests;

public sealed class ViewerOptionsTests
{
    [Fact]
    public void DefaultsListenOnLoopbackPort5080()
    {
        var options = new ViewerOptions();

        options.EnsureValid();
        Assert.Equal("127.0.0.1", options.ListenAddress);
        Assert.Equal(5080, options.Port);
    }

    [Fact]
    public void AddressThatIsNotAnIpIsRejectedByName()
    {
        var error = Assert.Throws<ArgumentException>(() => new ViewerOptions { ListenAddress = "localhost:80" }.EnsureValid());

        Assert.Contains("ListenAddress 'localhost:80' is not an IP address.", error.Message);
    }

    [Fact]
    public void PortOutOfRangeIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ViewerOptions { Port = 70000 }.EnsureValid());

        Assert.Contains("Port", error.Message);
    }

    [Fact]
    public void BuildingAViewerWithBadOptionsFailsBeforeListening()
    {
        Assert.Throws<ArgumentException>(() => ViewerHost.BuildViewer(new ViewerOptions { SiloPort = 30000, GatewayPort = 30000 }));
    }
}
