// The live feed: GET /api/stream read with fetch() and a streamed body, because the browser's EventSource cannot send
// the Authorization header and the token must not go into a URL. Frames are parsed as Server-Sent Events; after a
// drop or a closed connection the feed reconnects with Last-Event-ID, so it resumes where it stopped.
const RECONNECT_MS = 3000;

export function parseFrames(buffer, onFrame) {
  let rest = buffer;
  for (let end = rest.indexOf("\n\n"); end >= 0; end = rest.indexOf("\n\n")) {
    const frame = { id: null, event: null, data: [] };
    let comment = null;
    for (const line of rest.slice(0, end).split("\n")) {
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "") comment = value;
      else if (field === "data") frame.data.push(value);
      else if (field === "id") frame.id = value;
      else if (field === "event") frame.event = value;
    }
    rest = rest.slice(end + 2);
    onFrame(frame.data.length > 0 || frame.event ? { ...frame, data: frame.data.join("\n") } : { comment });
  }
  return rest;
}

/**
 * Follows the stream while tokenOf() gives a token. Calls handlers.event(cloudEvent), handlers.state(key) with a
 * dictionary key (liveConnecting, liveOpen, liveDropped, liveClosed, liveRefused, sessionExpired).
 */
export function follow(tokenOf, handlers) {
  let lastEventId = null;
  let stopped = false;
  const controller = new AbortController();

  async function connect() {
    handlers.state("liveConnecting");
    const headers = { Accept: "text/event-stream", Authorization: `Bearer ${tokenOf()}` };
    if (lastEventId) headers["Last-Event-ID"] = lastEventId;
    const response = await fetch("/api/stream", { headers, signal: controller.signal, cache: "no-store" });
    if (response.status === 401) { handlers.state("sessionExpired"); return false; }
    if (response.status === 403) { handlers.state("liveRefused"); return false; }
    if (!response.ok) { handlers.state("liveClosed"); return true; }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    let dropped = false;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer = parseFrames(buffer + value.replace(/\r\n/g, "\n"), (frame) => {
        if (frame.comment !== undefined) {
          if (frame.comment === "open") handlers.state("liveOpen");
          return;
        }
        if (frame.event) { dropped ||= frame.event === "dropped"; return; }
        if (frame.id) lastEventId = frame.id;
        try { handlers.event(JSON.parse(frame.data)); } catch { /* not a CloudEvent: ignored */ }
      });
    }
    handlers.state(dropped ? "liveDropped" : "liveClosed");
    return true;
  }

  (async () => {
    while (!stopped) {
      let again;
      try {
        again = await connect();
      } catch (error) {
        if (stopped) return;
        handlers.state("liveClosed");
        again = true;
      }
      if (!again) return;
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
    }
  })();
  return () => { stopped = true; controller.abort(); };
}
