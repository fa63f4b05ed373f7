using Jint;

namespace DroneInspect.Viewer.Tests.Pages;

/// <summary>live.js (as embedded) in a stand-in browser: one EventSource, events re-dispatched on document, reconnects.</summary>
public sealed class LiveScriptTests
{
    private static Engine Loaded(int times = 1)
    {
        var engine = PageScripts.NewEngine();
        engine.Execute(PageScripts.Browser);
        for (var i = 0; i < times; i++)
        {
            engine.Execute(PageScripts.Text("live.js"));
        }

        return engine;
    }

    [Fact]
    public void OpensOneStreamOnTheEventsEndpointHoweverOftenItIsIncluded()
    {
        var engine = Loaded(times: 2);

        Assert.Equal(1, engine.Evaluate("EventSource.instances.length").AsNumber());
        Assert.Equal("/api/events", engine.Evaluate("EventSource.instances[0].url").AsString());
    }

    [Theory]
    [InlineData("flight", """{"flightId":"line-7","state":"Running","capturesDone":3,"capturesTotal":12}""", "capturesDone", "3")]
    [InlineData("findings", """{"flightId":"line-7","count":5}""", "count", "5")]
    [InlineData("upload", """{"uploadId":"u1","flightId":"line-7","fileName":"a.jpg","verdict":"accepted","received":10,"total":10}""", "fileName", "a.jpg")]
    public void EachServerEventIsDispatchedOnDocumentWithItsJsonAsDetail(string name, string json, string property, string expected)
    {
        var engine = Loaded();
        engine.SetValue("json", json);

        engine.Execute($"EventSource.instances[0].fire('{name}', {{ data: json }});");

        Assert.Equal($"droneinspect:{name}", engine.Evaluate("dispatched[dispatched.length - 1].type").AsString());
        Assert.Equal("line-7", engine.Evaluate("dispatched[dispatched.length - 1].detail.flightId").AsString());
        Assert.Equal(expected, engine.Evaluate($"String(dispatched[dispatched.length - 1].detail.{property})").AsString());
    }

    [Fact]
    public void UnreadableDataIsNotDispatched()
    {
        var engine = Loaded();

        engine.Execute("EventSource.instances[0].fire('flight', { data: '{not json' });");

        Assert.Equal(0, engine.Evaluate("dispatched.filter(e => e.type === 'droneinspect:flight').length").AsNumber());
    }

    [Fact]
    public void ReconnectsWithGrowingWaitsWhenTheBrowserGivesUpAndSaysSoWhenBack()
    {
        var engine = Loaded();
        engine.Execute("EventSource.instances[0].fire('open');");

        engine.Execute("EventSource.instances[0].readyState = EventSource.CLOSED; EventSource.instances[0].fire('error');");
        var firstWait = engine.Evaluate("timers[0].milliseconds").AsNumber();
        engine.Execute("timers[0].callback(); EventSource.instances[1].readyState = EventSource.CLOSED; EventSource.instances[1].fire('error');");
        var secondWait = engine.Evaluate("timers[1].milliseconds").AsNumber();
        engine.Execute("timers[1].callback(); EventSource.instances[2].fire('open');");

        Assert.Equal(3, engine.Evaluate("EventSource.instances.length").AsNumber());
        Assert.True(secondWait > firstWait, $"waits {firstWait} then {secondWait} ms");
        var live = "dispatched.filter(e => e.type === 'droneinspect:live')";
        Assert.Equal("true,false,true", engine.Evaluate($"{live}.map(e => e.detail.connected).join()").AsString());
        Assert.True(engine.Evaluate($"{live}[2].detail.reconnected").AsBoolean());
        Assert.False(engine.Evaluate($"{live}[0].detail.reconnected").AsBoolean());
    }

    [Fact]
    public void AStreamThatMerelyEndedIsLeftToTheBrowsersOwnReconnect()
    {
        var engine = Loaded();
        engine.Execute("EventSource.instances[0].fire('open');");

        engine.Execute("EventSource.instances[0].readyState = EventSource.CONNECTING; EventSource.instances[0].fire('error');");

        Assert.Equal(0, engine.Evaluate("timers.length").AsNumber());
        Assert.Equal(1, engine.Evaluate("EventSource.instances.length").AsNumber());
    }
}
