using System.IO.Pipelines;
using DroneInspect.Viewer.Live;
using Microsoft.Extensions.Time.Testing;

namespace DroneInspect.Viewer.Tests.Live;

public sealed class LiveEventStreamTests
{
    private static readonly LiveAudience Engineer = new("engineer1", SeesAll: true, IsPilot: false);

    private sealed class Running : IAsyncDisposable
    {
        private readonly CancellationTokenSource _leave = new();

        public Running(LiveOptions options, TimeProvider time)
        {
            Hub = new LiveEventHub(options);
            Subscription = Hub.Subscribe(Engineer);
            var pipe = new Pipe();
            Reader = new SseReader(pipe.Reader.AsStream());
            Writing = Task.Run(async () =>
            {
                await using var body = pipe.Writer.AsStream();
                await new LiveEventStream(options, time).WriteAsync(Subscription, body, _leave.Token);
            });
        }

        public LiveEventHub Hub { get; }

        public LiveSubscription Subscription { get; }

        public SseReader Reader { get; }

        public Task Writing { get; }

        public async ValueTask DisposeAsync()
        {
            await _leave.CancelAsync();
            Subscription.Dispose();
            await Task.WhenAny(Writing, Task.Delay(TimeSpan.FromSeconds(5)));
            _leave.Dispose();
        }
    }

    [Fact]
    public async Task StreamOpensWithARetryHintAndWritesEachEventAsNameAndOneDataLine()
    {
        await using var running = new Running(new LiveOptions(), TimeProvider.System);
        Assert.True(await running.Reader.ReadUntilAsync(r => r.Comments.Contains("connected"), TimeSpan.FromSeconds(5)));

        running.Hub.Publish(LiveEvent.Findings(new FindingsEventData("line-7", 4), owner: null));
        running.Hub.Publish(LiveEvent.Upload(new UploadEventData("u1", "line-7", "a\nb.jpg", "accepted", 10, 10, "Stored", null), owner: null));

        var findings = await running.Reader.WaitForAsync("findings", d => d.GetProperty("count").GetInt32() == 4);
        var upload = await running.Reader.WaitForAsync("upload", _ => true);
        Assert.StartsWith("retry: 3000\n", running.Reader.Text);
        Assert.Equal("line-7", findings.Data.GetProperty("flightId").GetString());
        Assert.Equal("a\nb.jpg", upload.Data.GetProperty("fileName").GetString()); // a newline in a name stays inside the one data line
        Assert.Contains("event: findings\ndata: {\"flightId\":\"line-7\",\"count\":4}\n\n", running.Reader.Text);
    }

    [Fact]
    public async Task QuietStreamGetsAHeartbeatCommentEvery15Seconds()
    {
        var time = new FakeTimeProvider();
        await using var running = new Running(new LiveOptions(), time);
        Assert.True(await running.Reader.ReadUntilAsync(r => r.Comments.Contains("connected"), TimeSpan.FromSeconds(5)));

        // Fake time moves a second at a time, giving the stream a moment of real time after each step.
        var elapsed = TimeSpan.Zero;
        var beats = new List<TimeSpan>();
        while (beats.Count < 2 && elapsed < TimeSpan.FromSeconds(60))
        {
            time.Advance(TimeSpan.FromSeconds(1));
            elapsed += TimeSpan.FromSeconds(1);
            var before = running.Reader.Comments.Count(c => c == "heartbeat");
            if (await running.Reader.ReadUntilAsync(r => r.Comments.Count(c => c == "heartbeat") > before, TimeSpan.FromMilliseconds(100)))
            {
                beats.Add(elapsed);
            }
        }

        Assert.Equal(2, beats.Count);
        Assert.True(beats[0] >= TimeSpan.FromSeconds(15), $"first heartbeat after {beats[0]}");
        Assert.True(beats[1] - beats[0] >= TimeSpan.FromSeconds(15), $"second heartbeat {beats[1] - beats[0]} after the first");
        Assert.Empty(running.Reader.Events);
    }

    [Fact]
    public async Task StreamEndsWhenTheHubCloses()
    {
        await using var running = new Running(new LiveOptions(), TimeProvider.System);
        Assert.True(await running.Reader.ReadUntilAsync(r => r.Comments.Contains("connected"), TimeSpan.FromSeconds(5)));

        running.Hub.Close();

        Assert.Same(running.Writing, await Task.WhenAny(running.Writing, Task.Delay(TimeSpan.FromSeconds(5))));
        await running.Writing;
    }

    [Fact]
    public async Task DroppedClientsStreamEnds()
    {
        await using var running = new Running(new LiveOptions { QueueCapacity = 2 }, TimeProvider.System);
        Assert.True(await running.Reader.ReadUntilAsync(r => r.Comments.Contains("connected"), TimeSpan.FromSeconds(5)));

        // Events published faster than they are written (and no one reads the other end) overfill a queue of two.
        for (var i = 0; i < 100_000 && running.Subscription.EndReason == LiveEndReason.None; i++)
        {
            running.Hub.Publish(LiveEvent.Findings(new FindingsEventData("f", i), owner: null));
        }

        Assert.Equal(LiveEndReason.TooSlow, running.Subscription.EndReason);
        Assert.Same(running.Writing, await Task.WhenAny(running.Writing, Task.Delay(TimeSpan.FromSeconds(5))));
    }
}
