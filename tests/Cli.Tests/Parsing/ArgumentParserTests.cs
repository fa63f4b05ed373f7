using DroneInspect.Cli.Parsing;

namespace DroneInspect.Cli.Tests.Parsing;

public sealed class ArgumentParserTests
{
    private static readonly CommandSyntax Syntax = new(
        ["FLIGHT"],
        [
            new OptionSpec("--out", "DIR", "out", Required: true),
            new OptionSpec("--seed", "N", "seed"),
            new OptionSpec("--fast", null, "flag"),
        ]);

    [Fact]
    public void ReadsSpacedAndEqualsValuesFlagsAndPositionals()
    {
        var parsed = ArgumentParser.Parse(Syntax, ["--out=results", "flight-7", "--seed", "-3", "--fast"]);

        Assert.Equal(["flight-7"], parsed.Positionals);
        Assert.Equal("results", parsed.GetString("--out"));
        Assert.Equal(-3, parsed.GetInt("--seed", 42, int.MinValue, int.MaxValue));
        Assert.True(parsed.HasFlag("--fast"));
    }

    [Fact]
    public void AbsentOptionGivesTheDefault()
    {
        var parsed = ArgumentParser.Parse(Syntax, ["f", "--out", "o"]);

        Assert.Equal(42, parsed.GetInt("--seed", 42, 0, 100));
        Assert.False(parsed.HasFlag("--fast"));
    }

    [Theory]
    [InlineData(new[] { "f" }, "missing required option --out DIR.")]
    [InlineData(new[] { "--out", "o" }, "missing FLIGHT.")]
    [InlineData(new[] { "f", "g", "--out", "o" }, "unexpected argument 'g'.")]
    [InlineData(new[] { "f", "--out" }, "--out needs a value (DIR).")]
    [InlineData(new[] { "f", "--out=" }, "--out needs a value (DIR).")]
    [InlineData(new[] { "f", "--out", "o", "--fast=yes" }, "--fast takes no value.")]
    [InlineData(new[] { "f", "--out", "o", "--slow" }, "unknown option '--slow'.")]
    public void WrongCommandLinesSayWhatIsWrong(string[] args, string message)
    {
        var error = Assert.Throws<UsageException>(() => ArgumentParser.Parse(Syntax, args));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void NumberOutOfRangeIsAUsageError()
    {
        var parsed = ArgumentParser.Parse(Syntax, ["f", "--out", "o", "--seed", "1000"]);

        var error = Assert.Throws<UsageException>(() => parsed.GetInt("--seed", 0, 0, 100));
        Assert.Contains("from 0 to 100, got '1000'", error.Message);
    }

    [Fact]
    public void DoubleDashMakesTheRestPositional()
    {
        var parsed = ArgumentParser.Parse(Syntax, ["--out", "o", "--", "--odd-folder-name"]);

        Assert.Equal(["--odd-folder-name"], parsed.Positionals);
    }

    [Fact]
    public void VariadicLastPositionalTakesEveryRemainingArgumentButNeedsOne()
    {
        var syntax = new CommandSyntax(["FILE..."], [new OptionSpec("--json", null, "flag")]);

        var parsed = ArgumentParser.Parse(syntax, ["a.jpg", "--json", "b.jpg", "c.jpg"]);

        Assert.Equal(["a.jpg", "b.jpg", "c.jpg"], parsed.Positionals);
        Assert.Throws<UsageException>(() => ArgumentParser.Parse(syntax, ["--json"]));
    }
}
