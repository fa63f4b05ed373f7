using System.Text;
using System.Text.Json;

namespace DroneInspect.Viewer.Tests.Live;

/// <summary>One server-sent event as read off the wire.</summary>
public sealed record SseEvent(string Name, JsonElement Data);

/// <summary>
/// Reads a text/event-stream as a browser's EventSource would: blocks separated by a blank line, "event:" and "data:"
/// fields, comment lines (": ...") kept apart. Everything read so far stays in <see cref="Text"/>.
/// </summary>
public sealed class SseReader(Stream stream)
{
    private readonly StringBuilder _text = new();
    private readonly byte[] _buffer = new byte[4096];
    private readonly Decoder _utf8 = Encoding.UTF8.GetDecoder();
    private int _parsed;

    public string Text => _text.ToString();

    public List<SseEvent> Events { get; } = [];

    public List<string> Comments { get; } = [];

    /// <summary>True once the server ended the stream.</summary>
    public bool Ended { get; private set; }

    /// <summary>Reads until <paramref name="done"/> holds or <paramref name="timeout"/> passes (real time); whether it held.</summary>
    public async Task<bool> ReadUntilAsync(Func<SseReader, bool> done, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (!done(this))
        {
            if (Ended)
            {
                return false;
            }

            int read;
            try
            {
                read = await stream.ReadAsync(_buffer, cancel.Token);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                return done(this);
            }

            if (read == 0)
            {
                Ended = true;
            }

            var chars = new char[_utf8.GetCharCount(_buffer, 0, read)];
            _utf8.GetChars(_buffer, 0, read, chars, 0);
            _text.Append(chars);
            Parse();
        }

        return true;
    }

    /// <summary>The first event named <paramref name="name"/> whose data satisfies <paramref name="match"/>, waiting for it up to 10 s.</summary>
    public async Task<SseEvent> WaitForAsync(string name, Func<JsonElement, bool> match)
    {
        bool Found(SseReader r) => r.Events.Any(e => e.Name == name && match(e.Data));
        Assert.True(await ReadUntilAsync(Found, TimeSpan.FromSeconds(10)), $"no matching '{name}' event; the stream so far:\n{Text}");
        return Events.First(e => e.Name == name && match(e.Data));
    }

    private void Parse()
    {
        var text = _text.ToString();
        int end;
        while ((end = text.IndexOf("\n\n", _parsed, StringComparison.Ordinal)) >= 0)
        {
            string? name = null;
            var data = new StringBuilder();
            foreach (var line in text[_parsed..end].Split('\n'))
            {
                if (line.StartsWith(':'))
                {
                    Comments.Add(line[1..].Trim());
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Append(line["data: ".Length..]);
                }
            }

            if (data.Length > 0)
            {
                Events.Add(new SseEvent(name ?? "message", JsonDocument.Parse(data.ToString()).RootElement.Clone()));
            }

            _parsed = end + 2;
        }
    }
}
