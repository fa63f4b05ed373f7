using DroneInspect.Grains.Output;

namespace DroneInspect.Grains.Tests.Output;

public sealed class CsvCellsTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("+41", "'+41")]
    public void FormulaLikeCellsBecomeText(string cell, string expected)
    {
        Assert.Equal(expected, CsvCells.Neutralise(cell));
    }

    [Theory]
    [InlineData("-2")]
    [InlineData("-2.5")]
    [InlineData("-0.25")]
    [InlineData("T-7")]
    [InlineData("clamp")]
    [InlineData("a=b")]
    public void NumbersAndOrdinaryTextStayAsTheyAre(string cell)
    {
        Assert.Equal(cell, CsvCells.Neutralise(cell));
    }

    [Fact]
    public void CarriageReturnCellIsNeutralisedAndQuoted()
    {
        Assert.Equal("\"'\r=1+1\"", CsvCells.Escape("\r=1+1"));
    }

    [Fact]
    public void FindingsCsvNeutralisesTextColumnsAndKeepsNegativeNumbers()
    {
        var finding = FindingsGeoJsonWriterTests.Sample("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1,2)") with
        {
            Component = "+cmd",
            LongitudeDegrees = -2.5,
        };

        var csv = FindingsCsvWriter.ToCsv([finding]);
        var row = csv.Split("\r\n")[1];

        Assert.StartsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",thermal,\"'@SUM(1,2)\",'+cmd,", row);
        Assert.Contains(",-2.5,", row);
    }
}
