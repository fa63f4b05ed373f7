// DroneInspect live updates: one EventSource on GET /api/events per page. Each server event is re-dispatched on
// document as a CustomEvent "droneinspect:flight", "droneinspect:findings" or "droneinspect:upload" whose detail is
// the event's JSON, so any page script can listen without knowing about the stream. "droneinspect:live" tells
// whether the stream is connected (detail {connected, reconnected}); after a reconnect, pages reload what they show,
// since events sent while the stream was down are not sent again.
"use strict";

(function () {
  if (window.droneInspectLive) return; // one stream per page, however many scripts include this file

  const url = "/api/events";
  const names = ["flight", "findings", "upload"];
  const firstRetryMilliseconds = 1000;
  const maxRetryMilliseconds = 30000;

  const state = { connected: false, source: null };
  window.droneInspectLive = state;

  let retryMilliseconds = firstRetryMilliseconds;
  let everConnected = false;
  let retryTimer = null;

  function announce(connected, reconnected) {
    state.connected = connected;
    document.dispatchEvent(new CustomEvent("droneinspect:live", { detail: { connected, reconnected } }));
  }

  function redispatch(name, message) {
    let detail;
    try {
      detail = JSON.parse(message.data);
    } catch (error) {
      console.warn(`droneinspect: ${name} event with unreadable data`, error);
      return;
    }
    document.dispatchEvent(new CustomEvent(`droneinspect:${name}`, { detail }));
  }

  // EventSource reconnects by itself when a stream ends (the server's retry hint); it gives up only when an answer
  // is no stream at all (signed out, server down). Then this reconnects, waiting longer each time up to 30 s.
  function connect() {
    retryTimer = null;
    const source = new EventSource(url, { withCredentials: true });
    state.source = source;
    source.addEventListener("open", () => {
      retryMilliseconds = firstRetryMilliseconds;
      announce(true, everConnected);
      everConnected = true;
    });
    for (const name of names) {
      source.addEventListener(name, message => redispatch(name, message));
    }
    source.addEventListener("error", () => {
      if (state.connected) announce(false, false);
      if (source.readyState === EventSource.CLOSED && retryTimer === null) {
        source.close();
        retryTimer = setTimeout(connect, retryMilliseconds);
        retryMilliseconds = Math.min(retryMilliseconds * 2, maxRetryMilliseconds);
      }
    });
  }

  window.addEventListener("pagehide", () => {
    if (state.source) state.source.close();
  });
  window.addEventListener("pageshow", event => {
    if (event.persisted && retryTimer === null) connect(); // back from the page cache with the stream closed
  });
  connect();
})();
