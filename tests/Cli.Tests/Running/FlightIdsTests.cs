using DroneInspect.Cli.Running;

namespace DroneInspect.Cli.Tests.Running;

public sealed class FlightIdsTests
{
    [Theory]
    [InlineData("/data/flights/line-7_2026.05.01", "line-7_2026.05.01")]
    [InlineData("/data/flights/Feeder 12 (north)/", "Feeder-12--north-")]
    [InlineData("/data/flights/..", "data")]
    public void IdIsTheFolderNameWithUnsafeCharactersReplaced(string folder, string expected)
    {
        Assert.Equal(expected, FlightIds.FromFolder(folder));
    }
}
