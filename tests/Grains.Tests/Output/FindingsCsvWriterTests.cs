using System.Globalization;
using DroneInspect.Grains.Abstractions;
using DroneInspect.Grains.Output;

namespace DroneInspect.Grains.Tests.Output;

public sealed class FindingsCsvWriterTests
{
    [Fact]
    public void HeaderAndRowsFollowRfc4180WithInvariantNumbers()
    {
        var quoted = FindingsGeoJsonWriterTests.Sample("F002", "P \"7\", north") with { Component = null, MaxTemperatureCelsius = null };
        var previous = CultureInfo.CurrentCulture;
        var commaDecimals = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaDecimals.NumberFormat.NumberDecimalSeparator = ",";
        CultureInfo.CurrentCulture = commaDecimals;
        string csv;
        try
        {
            csv = FindingsCsvWriter.ToCsv([FindingsGeoJsonWriterTests.Sample(), quoted]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        var lines = csv.Split("\r\n");
        Assert.Equal(4, lines.Length);
        Assert.Equal("", lines[3]);
        Assert.Equal(
            "id,kind,assetId,component,grade,rule,tmaxCelsius,referenceCelsius,deltaTKelvin,sightingCount,uncertaintyMeters,latitude,longitude,altitudeMeters,captures,unit,"
            + "gradeStandard,grades,tmaxCounts,referenceCounts,deltaCounts,relativeDifferencePercent,gradingCapture,referenceSource,ambientCelsius,"
            + "reviewState,reviewStandard,reviewLevel,reviewedBy,reviewedAtUtc",
            lines[0]);
        Assert.Equal("F001,thermal,T-12,clamp,serious,dlt-serious,91.25,40,51.25,3,1.5,47.5,8.25,512.5,C1;C2,celsius,"
            + "DL/T 664-2016,serious (DL/T 664-2016); monitor (NETA-MTS-100.18-ambient),,,,63.75,C2,surroundings,25.5,unreviewed,,,,", lines[1]);
        Assert.Equal("F002,thermal,\"P \"\"7\"\", north\",,serious,dlt-serious,,40,51.25,3,1.5,47.5,8.25,512.5,C1;C2,celsius,"
            + "DL/T 664-2016,serious (DL/T 664-2016); monitor (NETA-MTS-100.18-ambient),,,,63.75,C2,surroundings,25.5,unreviewed,,,,", lines[2]);
    }

    [Fact]
    public void RelativeFindingsAreMarkedCountsAndTheirCountsNeverSitInCelsiusColumns()
    {
        var csv = FindingsCsvWriter.ToCsv([FindingsGeoJsonWriterTests.Relative()]);
        var header = csv.Split("\r\n")[0].Split(',');
        var row = csv.Split("\r\n")[1].Split(',');
        string Cell(string column) => row[Array.IndexOf(header, column)];

        Assert.Equal("counts", Cell("unit"));
        Assert.Equal(("", "", ""), (Cell("tmaxCelsius"), Cell("referenceCelsius"), Cell("deltaTKelvin")));
        Assert.Equal(("21874", "20500", "1374"), (Cell("tmaxCounts"), Cell("referenceCounts"), Cell("deltaCounts")));
    }

    [Fact]
    public void WriteCreatesTheFileBesideTheGeoJson()
    {
        var folder = Directory.CreateTempSubdirectory("di-csv-").FullName;
        try
        {
            var path = FindingsCsvWriter.Write(folder, [FindingsGeoJsonWriterTests.Sample()]);

            Assert.Equal(Path.Combine(folder, "findings.csv"), path);
            Assert.StartsWith("id,kind,", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
