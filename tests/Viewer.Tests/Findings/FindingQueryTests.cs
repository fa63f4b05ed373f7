using DroneInspect.Viewer.Findings;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace DroneInspect.Viewer.Tests.Findings;

public sealed class FindingQueryTests
{
    private static Dictionary<string, string[]> Errors(params (string Key, string Value)[] parameters)
    {
        var query = new QueryCollection(parameters.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => new StringValues(g.Select(p => p.Value).ToArray())));
        Assert.False(FindingQuery.TryParse(query, out _, out var errors));
        return errors;
    }

    [Theory]
    [InlineData("bbox", "8.5,47.3,8.6")]
    [InlineData("bbox", "8.5,47.3,8.6,north")]
    [InlineData("bbox", "8.6,47.3,8.5,47.4")]
    [InlineData("bbox", "8.5,-91,8.6,47.4")]
    [InlineData("bbox", "NaN,47.3,8.6,47.4")]
    [InlineData("review", "approved")]
    [InlineData("kind", "acoustic")]
    [InlineData("kind", "thermal,visual")]
    [InlineData("from", "yesterday")]
    [InlineData("to", "2026-13-01")]
    [InlineData("page", "0")]
    [InlineData("page", "-1")]
    [InlineData("pageSize", "5001")]
    [InlineData("pageSize", "ten")]
    public void BadParameterIsNamed(string name, string value)
    {
        var errors = Errors((name, value));

        Assert.Equal([name], errors.Keys);
        Assert.Contains($"'{name}'", errors[name][0]);
    }

    [Fact]
    public void RepeatedParameterAndBackwardsDatesAreRefused()
    {
        Assert.Equal(["flight"], Errors(("flight", "a"), ("flight", "b")).Keys);
        Assert.Equal(["to"], Errors(("from", "2026-12-04"), ("to", "2026-12-03")).Keys);
    }

    [Fact]
    public void DefaultsAreFirstPageOfHundredWithoutFilters()
    {
        Assert.True(FindingQuery.TryParse(new QueryCollection(), out var query, out _));

        Assert.Equal((1, 100), (query.Page, query.PageSize));
        Assert.Null(query.Box);
        Assert.Null(query.Grades);
        Assert.Null(query.FromUtc);
    }
}
