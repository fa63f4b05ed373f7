using System.Text.Json;
using DroneInspect.Viewer.Live;

namespace DroneInspect.Viewer.Tests.Live;

public sealed class LiveEventHubTests
{
    private static readonly LiveAudience Pilot1 = new("pilot1", SeesAll: false, IsPilot: true);
    private static readonly LiveAudience Engineer = new("engineer1", SeesAll: true, IsPilot: false);

    private static LiveEvent FlightOf(string flightId, string? owner, int done = 1) =>
        LiveEvent.Flight(new FlightEventData(flightId, "Running", done, 10), owner);

    private static List<LiveEvent> Drain(LiveSubscription subscription)
    {
        var events = new List<LiveEvent>();
        while (subscription.Reader.TryRead(out var live))
        {
            events.Add(live);
        }

        return events;
    }

    [Fact]
    public void PilotReceivesOnlyEventsAboutTheirOwnFlights()
    {
        var hub = new LiveEventHub(new LiveOptions());
        using var pilot = hub.Subscribe(Pilot1);

        hub.Publish(FlightOf("mine", "pilot1"));
        hub.Publish(FlightOf("theirs", "pilot2"));
        hub.Publish(FlightOf("nobodys", owner: null));
        hub.Publish(FlightOf("mine-upper", "PILOT1"));

        Assert.Equal(["mine", "mine-upper"], Drain(pilot).Select(e => e.FlightId));
    }

    [Fact]
    public void EngineerReceivesEveryEventAndARoleLessUserNone()
    {
        var hub = new LiveEventHub(new LiveOptions());
        using var engineer = hub.Subscribe(Engineer);
        using var roleless = hub.Subscribe(new LiveAudience("norole1", SeesAll: false, IsPilot: false));

        hub.Publish(FlightOf("a", "pilot1"));
        hub.Publish(FlightOf("b", owner: null));
        hub.Publish(LiveEvent.Upload(new UploadEventData("u1", "c", "x.jpg", null, 5, 10, "Partial", null), "norole1"));

        Assert.Equal(["a", "b", "c"], Drain(engineer).Select(e => e.FlightId));
        Assert.Empty(Drain(roleless));
    }

    [Fact]
    public void SlowClientIsDroppedWhenItsQueueIsFullWhileOthersGoOn()
    {
        var hub = new LiveEventHub(new LiveOptions { QueueCapacity = 3 });
        var slow = hub.Subscribe(Engineer);
        using var reader = hub.Subscribe(Engineer);

        var read = new List<LiveEvent>();
        for (var i = 0; i < 10; i++)
        {
            hub.Publish(FlightOf("f", null, done: i)); // returns at once though no one reads "slow"
            read.AddRange(Drain(reader));
        }

        Assert.Equal(LiveEndReason.TooSlow, slow.EndReason);
        Assert.Equal(1, hub.SubscriberCount);
        Assert.Equal(3, Drain(slow).Count); // what it had queued when dropped; nothing after
        Assert.True(slow.Reader.Completion.IsCompleted);
        Assert.Equal(Enumerable.Range(0, 10), read.Select(e => JsonDocument.Parse(e.DataJson).RootElement.GetProperty("capturesDone").GetInt32()));
        Assert.Equal(LiveEndReason.None, reader.EndReason);
    }

    [Fact]
    public void ClosingEndsEveryStreamAndNewOnesStartEnded()
    {
        var hub = new LiveEventHub(new LiveOptions());
        var open = hub.Subscribe(Engineer);

        hub.Close();
        var late = hub.Subscribe(Pilot1);

        Assert.Equal(LiveEndReason.ServerStopping, open.EndReason);
        Assert.True(open.Reader.Completion.IsCompleted);
        Assert.Equal(LiveEndReason.ServerStopping, late.EndReason);
        Assert.Equal(0, hub.SubscriberCount);
    }

    [Fact]
    public void LeavingRemovesTheStream()
    {
        var hub = new LiveEventHub(new LiveOptions());
        var subscription = hub.Subscribe(Engineer);

        subscription.Dispose();

        Assert.Equal(0, hub.SubscriberCount);
        Assert.Equal(LiveEndReason.Left, subscription.EndReason);
    }
}
