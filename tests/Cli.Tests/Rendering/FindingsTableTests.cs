using DroneInspect.Cli.Rendering;

namespace DroneInspect.Cli.Tests.Rendering;

public sealed class FindingsTableTests
{
    [Fact]
    public void NoFindingsSaysSo()
    {
        Assert.Equal("No findings." + Environment.NewLine, FindingsTable.Render([]));
    }

    [Fact]
    public void RowsAreOrderedByDeltaTAndColumnsLineUp()
    {
        var table = FindingsTable.Render(
        [
            TestFindings.Thermal("a", "general", 41.25, 6.0, assetId: "T-1"),
            TestFindings.Thermal("b", "critical", 118.0, 72.4, assetId: "T-22", component: "insulator"),
        ]);
        var lines = table.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(4, lines.Length);
        Assert.Equal("Grade     Kind     Asset  Component     Tmax      dT  Sightings", lines[0]);
        Assert.Equal("critical  thermal  T-22   insulator  118.0 C  72.4 K          2", lines[2]);
        Assert.Equal("general   thermal  T-1    clamp       41.3 C   6.0 K          2", lines[3]);
        Assert.All(lines, l => Assert.Equal(lines[0].Length, l.Length));
    }

    [Fact]
    public void RelativeTemperaturesAreShownAsCountsNotCelsius()
    {
        var table = FindingsTable.Render([TestFindings.Thermal("a", "relative-only", 21874, 312, absolute: false)]);
        var row = table.Split(Environment.NewLine)[2];

        Assert.Contains("21874 counts", row);
        Assert.Contains("312 counts", row);
        Assert.DoesNotContain(" C", row);
        Assert.DoesNotContain(" K", row);
        Assert.Contains(FindingsTable.RelativeNote, table);
    }

    [Fact]
    public void AbsoluteTablesCarryNoRelativeNote()
    {
        var table = FindingsTable.Render([TestFindings.Thermal("a", "general", 41.25, 6.0)]);

        Assert.DoesNotContain(FindingsTable.RelativeNote, table);
    }

    [Fact]
    public void MissingAssetAndValuesShowAsDash()
    {
        var table = FindingsTable.Render([TestFindings.Thermal("a", "general", null, null, assetId: null, component: null)]);
        var row = table.Split(Environment.NewLine)[2];

        Assert.Equal(["general", "thermal", "-", "-", "-", "-", "2"], row.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
