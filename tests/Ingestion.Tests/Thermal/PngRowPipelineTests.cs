using DroneInspect.Ingestion.Thermal;
using DroneInspect.Ingestion.Thermal.Flir;

namespace DroneInspect.Ingestion.Tests.Thermal;

public class PngRowPipelineTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(512)]
    [InlineData(1001)]
    public void EveryRowIsConsumedOnceInOrderAfterItWasProduced(int height)
    {
        var produced = new bool[height];
        var consumedRanges = new List<(int From, int To)>();
        var violations = 0;
        var pipeline = new PngRowPipeline(height, (from, to) =>
        {
            for (var y = from; y < to; y++)
            {
                violations += Volatile.Read(ref produced[y]) ? 0 : 1;
            }

            consumedRanges.Add((from, to));
        });

        pipeline.Run(rows =>
        {
            for (var y = rows.Start.Value; y < rows.End.Value; y++)
            {
                Volatile.Write(ref produced[y], true);
            }
        });

        Assert.Equal(0, violations);
        Assert.Equal(0, consumedRanges[0].From);
        Assert.Equal(height, consumedRanges[^1].To);
        Assert.All(consumedRanges.Zip(consumedRanges.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From));
    }

    [Fact]
    public void AProducerFailureReachesTheCallerAndStopsTheConsumer()
    {
        var consumedUpTo = 0;
        var pipeline = new PngRowPipeline(512, (_, to) => consumedUpTo = to);

        var error = Assert.Throws<ThermalFormatException>(() => pipeline.Run(rows =>
        {
            if (rows.Start.Value >= 256)
            {
                throw new ThermalFormatException("damaged");
            }
        }));

        Assert.Equal("damaged", error.Message);
        Assert.True(consumedUpTo <= 256, $"rows up to {consumedUpTo} were consumed though only 256 were produced");
    }

    [Fact]
    public void AConsumerFailureReachesTheCaller()
    {
        var pipeline = new PngRowPipeline(512, (_, to) =>
        {
            if (to > 100) // whichever thread consumes it, the block holding row 100 fails
            {
                throw new ThermalFormatException("unknown row filter 9");
            }
        });

        var error = Assert.Throws<ThermalFormatException>(() => pipeline.Run(_ => { }));
        Assert.Contains("row filter", error.Message, StringComparison.Ordinal);
    }
}
