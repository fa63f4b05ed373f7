using DroneInspect.Cli.Commands;
using DroneInspect.Cli.Parsing;
using DroneInspect.Ingestion.Tests.Support;

namespace DroneInspect.Cli.Tests.Commands;

public sealed class CommonOptionsTests
{
    private static readonly CommandSyntax Syntax = CommandSyntax.Of(CommonOptions.Model);

    [Fact]
    public void WithoutAModelOptionThePipelineRunsNoDetector()
    {
        Assert.Null(CommonOptions.ReadModel(ArgumentParser.Parse(Syntax, [])));
    }

    [Fact]
    public void GivenModelThatExistsIsUsedByItsFullPath()
    {
        using var temp = new TempFolder();
        var model = temp.Write("detector.onnx", [1, 2, 3]);

        Assert.Equal(model, CommonOptions.ReadModel(ArgumentParser.Parse(Syntax, ["--model", model])));
    }

    [Fact]
    public void GivenModelThatIsMissingIsAUsageError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-model-" + Guid.NewGuid().ToString("N") + ".onnx");

        var error = Assert.Throws<UsageException>(() => CommonOptions.ReadModel(ArgumentParser.Parse(Syntax, ["--model", missing])));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
