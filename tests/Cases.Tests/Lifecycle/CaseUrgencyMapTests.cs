using System.Text.Json;
using DroneInspect.Cases.Findings;
using DroneInspect.Cases.Lifecycle;

namespace DroneInspect.Cases.Tests.Lifecycle;

public sealed class CaseUrgencyMapTests
{
    [Theory]
    [InlineData("DL/T 664-2016", "critical", CaseUrgency.Critical)]
    [InlineData("DL/T 664-2016", "serious", CaseUrgency.Serious)]
    [InlineData("DL/T 664-2016", "general", CaseUrgency.General)]
    [InlineData("NETA-MTS-100.18-similar", "major-discrepancy", CaseUrgency.Critical)]
    [InlineData("NETA-MTS-100.18-similar", "probable-deficiency", CaseUrgency.General)]
    [InlineData("NETA-MTS-100.18-similar", "possible-deficiency", CaseUrgency.Minor)]
    [InlineData("NETA-MTS-100.18-ambient", "major-discrepancy", CaseUrgency.Critical)]
    [InlineData("NETA-MTS-100.18-ambient", "monitor", CaseUrgency.Serious)]
    [InlineData("NETA-MTS-100.18-ambient", "probable-deficiency", CaseUrgency.General)]
    [InlineData("NETA-MTS-100.18-ambient", "possible-deficiency", CaseUrgency.Minor)]
    [InlineData("visual-defects", "serious", CaseUrgency.Serious)]
    [InlineData("visual-defects", "general", CaseUrgency.General)]
    [InlineData("visual-defects", "critical", CaseUrgency.Critical)]
    public void DefaultMapGivesEachDefectLevelItsUrgency(string standard, string level, CaseUrgency urgency)
    {
        Assert.Equal(urgency, CaseUrgencyMap.Default.Of(standard, level));
    }

    [Theory]
    [InlineData("DL/T 664-2016", "normal")]
    [InlineData("NETA-MTS-100.18-ambient", "none")]
    [InlineData("visual-defects", "none")]
    [InlineData("visual-defects", "ungraded")]
    [InlineData("made-up", "critical")]
    public void NoDefectOrAnUnknownGradeGivesNoUrgency(string standard, string level)
    {
        Assert.Null(CaseUrgencyMap.Default.Of(standard, level));
    }

    [Fact]
    public void EveryDefectLevelOfTheShippedGradingRulesHasAnUrgencyAndTheirDefaultLevelHasNone()
    {
        using var rules = JsonDocument.Parse(File.ReadAllText(RepositoryFile("src/Vision/Thermal/grading-rules.json")));
        var checkedLevels = 0;

        foreach (var standard in rules.RootElement.GetProperty("standards").EnumerateArray())
        {
            var name = standard.GetProperty("standard").GetString()!;
            var noDefect = standard.GetProperty("defaultLevel").GetString()!;
            foreach (var level in standard.GetProperty("levels").EnumerateArray().Select(l => l.GetString()!))
            {
                var urgency = CaseUrgencyMap.Default.Of(name, level);
                Assert.True(level == noDefect ? urgency is null : urgency is not null, $"{level} ({name}) -> {urgency}");
                checkedLevels++;
            }
        }

        Assert.True(checkedLevels >= 13, $"only {checkedLevels} levels in the rules file");
    }

    [Fact]
    public void TheMostUrgentOfAFindingsGradesWins()
    {
        var urgency = CaseUrgencyMap.Default.Of([("DL/T 664-2016", "general"), ("NETA-MTS-100.18-ambient", "monitor"), ("NETA-MTS-100.18-similar", "none")]);

        Assert.Equal(CaseUrgency.Serious, urgency);
        Assert.Null(CaseUrgencyMap.Default.Of([("DL/T 664-2016", "normal")]));
    }

    [Fact]
    public void AUtilityCanRemapAGradeAndARowListedTwiceIsRefused()
    {
        var map = new CaseUrgencyMap([new("NETA-MTS-100.18-similar", "probable-deficiency", CaseUrgency.Serious)]);

        Assert.Equal(CaseUrgency.Serious, map.Of("NETA-MTS-100.18-similar", "probable-deficiency"));
        Assert.Throws<ArgumentException>(() => new CaseUrgencyMap([new("x", "a", CaseUrgency.Minor), new("X", "A", CaseUrgency.Critical)]));
    }

    private static string RepositoryFile(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}.");
    }
}
