using System.Text.Json;
using System.Text.Json.Serialization;
using DroneInspect.Cases.Lifecycle;

namespace DroneInspect.Cases.Tests.Lifecycle;

/// <summary>The history is stored as JSON with short discriminators (as the grains' storage writes it: web names, enums as strings).</summary>
public sealed class CaseEventJsonTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void EveryEventRoundTripsWithItsShortNameAndNoTypeName()
    {
        var events = CaseEventsFixture.WholeLifecycle().Append(new CaseCancelled("x", "svc", CaseEventsFixture.At(30))).ToList();

        var text = JsonSerializer.Serialize(events, Json);
        var back = JsonSerializer.Deserialize<List<CaseEvent>>(text, Json)!;

        Assert.Equal(events.Count, back.Count);
        for (var i = 0; i < events.Count; i++)
        {
            Assert.Equal(events[i].GetType(), back[i].GetType());
            Assert.Equal(JsonSerializer.Serialize(events[i], Json), JsonSerializer.Serialize(back[i], Json));
        }

        Assert.Contains("\"event\":\"opened\"", text, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"Delivered\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DroneInspect", text, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", text, StringComparison.Ordinal);
    }
}
