using System.Text;
using DroneInspect.Viewer.StaticAssets;
using Jint;

namespace DroneInspect.Viewer.Tests.Pages;

/// <summary>The page scripts as the app embeds them, run in Jint (a JavaScript interpreter) with a small browser stand-in.</summary>
internal static class PageScripts
{
    private static readonly IReadOnlyDictionary<string, EmbeddedAsset> Assets = EmbeddedAssetEndpoints.Load(typeof(ViewerHost).Assembly);

    /// <summary>
    /// Just what the scripts touch: window and document record dispatched events, setTimeout keeps its callbacks for
    /// the test to run, EventSource instances are kept and fire what the test tells them to.
    /// </summary>
    public const string Browser = """
        var dispatched = [];
        var timers = [];
        var windowListeners = {};
        var window = { addEventListener: function (name, handler) { windowListeners[name] = handler; } };
        var document = { dispatchEvent: function (event) { dispatched.push(event); return true; } };
        var console = { warn: function () {}, log: function () {} };
        function setTimeout(callback, milliseconds) { timers.push({ callback: callback, milliseconds: milliseconds }); return timers.length; }
        class CustomEvent { constructor(type, init) { this.type = type; this.detail = init ? init.detail : null; } }
        class EventSource {
          constructor(url, options) { this.url = url; this.options = options; this.readyState = 0; this.handlers = {}; EventSource.instances.push(this); }
          addEventListener(name, handler) { (this.handlers[name] = this.handlers[name] || []).push(handler); }
          fire(name, event) { for (const handler of this.handlers[name] || []) handler(event || {}); }
          close() { this.readyState = EventSource.CLOSED; }
        }
        EventSource.CONNECTING = 0;
        EventSource.OPEN = 1;
        EventSource.CLOSED = 2;
        EventSource.instances = [];
        """;

    public static string Text(string path) => Encoding.UTF8.GetString(Assets[path].Content);

    public static Engine NewEngine() => new(options => options.TimeoutInterval(TimeSpan.FromSeconds(30)));
}
