using DroneInspect.Cli.Commands;

namespace DroneInspect.Cli.Tests.Commands;

public sealed class CommandRegistryTests
{
    [Fact]
    public void CommandNamesAreUniqueAndEachHasASummary()
    {
        var names = CommandRegistry.All.Select(c => c.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(CommandRegistry.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Summary)));
    }

    [Fact]
    public void FindReturnsTheCommandByNameAndNullForUnknown()
    {
        Assert.IsType<AnalyzeCommand>(CommandRegistry.Find("analyze"));
        Assert.Null(CommandRegistry.Find("Analyze"));
    }
}
