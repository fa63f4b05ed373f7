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
    public void RowsAreOrderedWorstGradeFirstWithTheirStandardAndColumnsLineUp()
    {
        var table = FindingsTable.Render(
        [
            TestFindings.Thermal("F002", "general", 141.25, 111.25, assetId: "T-1"),
            TestFindings.Thermal("F001", "critical", 118.0, 88.0, assetId: "T-22", component: "insulator"),
        ]);
        var lines = table.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(4, lines.Length);
        Assert.Equal("Id    Grade     Standard       Kind     Asset  Component     Tmax     Ref       dT  Sightings", lines[0]);
        Assert.Equal("F001  critical  DL/T 664-2016  thermal  T-22   insulator  118.0 C  30.0 C   88.0 K          2", lines[2]);
        Assert.Equal("F002  general   DL/T 664-2016  thermal  T-1    clamp      141.3 C  30.0 C  111.3 K          2", lines[3]);
        Assert.All(lines, l => Assert.Equal(lines[0].Length, l.Length));
    }

    /// <summary>95.04 - 44.86 = 50.18 would show as 95.0, 44.9 and 50.2; the row shows 50.1 so it reads Tmax - Ref = dT.</summary>
    [Fact]
    public void DeltaTIsTheDifferenceOfTheValuesShown()
    {
        var row = FindingsTable.Render([TestFindings.Thermal("F001", "serious", 95.04, 50.18, referenceCelsius: 44.86)])
            .Split(Environment.NewLine)[2];

        Assert.Contains("95.0 C  44.9 C  50.1 K", row);
    }

    [Fact]
    public void RelativeTemperaturesAreShownAsCountsNotCelsius()
    {
        var table = FindingsTable.Render([TestFindings.Thermal("a", "relative-only", 21874, 30, absolute: false, referenceCelsius: 21844)]);
        var row = table.Split(Environment.NewLine)[2];

        Assert.Contains("21874 counts", row);
        Assert.Contains("21844 counts", row);
        Assert.Contains(" 30 counts", row);
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

        Assert.Equal(["a", "general", "DL/T", "664-2016", "thermal", "-", "-", "-", "30.0", "C", "-", "2"], row.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
