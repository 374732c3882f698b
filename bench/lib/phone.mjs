// The phone on slow 4G: one first load of a contender on G0 as a visitor's phone makes it, with
// the network and the CPU throttled through the DevTools protocol, files served compressed
// (lib/server.mjs with `compress`), in a fresh context. See bench/README.md, "The phone rows".
//
// Everything the page reports (its first frames, the load event, the first input it took)
// comes through a CDP binding on the same session as the network events, so the bytes counted
// at that moment are the bytes received up to it (see NetworkTally).
import { openInstrumentedPage } from "./instrumented-page.mjs";

// Lighthouse's "Slow 4G" (mobileSlow4G: 150 ms, 1638.4 kbit/s down, 750 kbit/s up, CPU 4x) on
// a phone's screen (412 x 823 CSS pixels, Lighthouse's Moto G Power).
export const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1,
  network: {
    offline: false,
    latency: 150,
    downloadThroughput: (1638.4 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
  cpuSlowdown: 4,
  // Input for "usable": a wheel step at the map's centre every inputMs until one is taken.
  inputMs: 100,
  // Load end: the page's network (and its service worker's) quiet for quietMs after the load
  // event, the first render and (ours) the first input taken; CLS is read clsAfterMs later.
  quietMs: 1000,
  clsAfterMs: 2000,
  limitMs: 90000,
};

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Bytes received, per request, over one or more CDP sessions (the page's, its service
 * worker's): the response headers and every chunk's encodedDataLength while a request is in
 * flight, then Network.loadingFinished's encodedDataLength (the request's exact total) once it
 * has finished. Also what is in flight and when anything last happened, for "load end".
 */
class NetworkTally {
  constructor() {
    this.requests = new Map(); // key -> { url, source, bytes, done }
    this.lastActivity = Date.now();
  }
  event(source, method, p) {
    const key = `${source}:${p.requestId}`;
    let r = this.requests.get(key);
    switch (method) {
      case "Network.requestWillBeSent":
        if (!r) {
          r = { url: p.request.url, source, bytes: 0, done: false };
          this.requests.set(key, r);
        }
        break;
      case "Network.responseReceived":
        if (r && !r.done) r.bytes += p.response.encodedDataLength ?? 0;
        break;
      case "Network.dataReceived":
        if (r && !r.done) r.bytes += p.encodedDataLength ?? 0;
        break;
      case "Network.loadingFinished":
        if (r) {
          r.bytes = p.encodedDataLength;
          r.done = true;
        }
        break;
      case "Network.loadingFailed":
        if (r) r.done = true;
        break;
      default:
        return;
    }
    this.lastActivity = Date.now();
  }
  total(source) {
    let sum = 0;
    for (const r of this.requests.values()) if (!source || r.source === source) sum += r.bytes;
    return sum;
  }
  inFlight() {
    let n = 0;
    for (const r of this.requests.values()) if (!r.done) n += 1;
    return n;
  }
  list() {
    return [...this.requests.values()].map((r) => ({ url: r.url.replace(/^https?:\/\/[^/]+/, ""), source: r.source, bytes: r.bytes }));
  }
}

/**
 * One measurement. `throttle: false` loads the same way without throttling (the unrecorded
 * priming load: it also makes the server compress every file once, before the measured runs).
 */
export async function measurePhone(
  browser,
  { base, contender, url, benchDir, throttle = true, limitMs = PHONE.limitMs, deviceScaleFactor = PHONE.deviceScaleFactor },
) {
  const result = { contender, graph: "G0", phone: true, throttled: throttle, errors: [] };
  const context = await browser.newContext({
    viewport: PHONE.viewport,
    deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  const started = Date.now();
  try {
    // Wheel input is watched from the start (B.watchInput in lib/instrument.js).
    if (contender === "ours") await context.addInitScript(() => (window.__benchWatchInput = true));
    const { page, cdp } = await openInstrumentedPage(context, benchDir, result.errors);
    const tally = new NetworkTally();
    for (const method of [
      "Network.requestWillBeSent",
      "Network.responseReceived",
      "Network.dataReceived",
      "Network.loadingFinished",
      "Network.loadingFailed",
    ]) {
      cdp.on(method, (p) => tally.event("page", method, p));
    }

    // The page's moments, with the bytes received when each arrives.
    const seen = {};
    let offsetMs = Infinity; // node's Date.now() minus the page's clock, at its smallest
    cdp.on("Runtime.bindingCalled", (e) => {
      if (e.name !== "__benchNotify") return;
      const m = JSON.parse(e.payload);
      const now = Date.now();
      offsetMs = Math.min(offsetMs, now - m.t);
      m.bytes = tally.total();
      m.pageBytes = tally.total("page");
      if (!seen[m.kind]) seen[m.kind] = m;
    });
    const until = async (done, ms, what) => {
      const end = Date.now() + ms;
      while (!done()) {
        if (Date.now() > end) throw new Error(`${what}: not within ${Math.round(ms / 1000)} s`);
        await sleep(20);
      }
    };

    // A service worker the page registers (the atlas's, which downloads the atlas's files
    // again into its cache) starts paused: it gets the same network conditions, and its bytes
    // are counted, before it runs. CDP throttles each target on its own, so its downloads do
    // not share the page's bandwidth as they would on one real link.
    let nextId = 1;
    cdp.on("Target.attachedToTarget", (e) => {
      const sessionId = e.sessionId;
      const send = (method, params = {}) =>
        cdp
          .send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id: nextId++, method, params }) })
          .catch(() => {});
      (async () => {
        if (e.targetInfo.type === "service_worker") {
          result.serviceWorker = e.targetInfo.url.replace(base, "");
          await send("Network.enable");
          if (throttle) await send("Network.emulateNetworkConditions", PHONE.network);
        }
        await send("Runtime.runIfWaitingForDebugger");
      })();
    });
    cdp.on("Target.receivedMessageFromTarget", (e) => {
      const m = JSON.parse(e.message);
      if (m.method) tally.event("worker", m.method, m.params);
    });

    await cdp.send("Runtime.enable");
    await cdp.send("Runtime.addBinding", { name: "__benchNotify" });
    await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
    await cdp.send("Network.enable");
    if (throttle) {
      await cdp.send("Network.emulateNetworkConditions", PHONE.network);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE.cpuSlowdown });
    }

    await page.goto(url, { waitUntil: "commit", timeout: limitMs });
    try {
      await until(() => seen["first-shown"], limitMs - (Date.now() - started), "first render");
    } catch (e) {
      result.failed = e.message;
      return result;
    }
    const shown = seen["first-shown"];
    result.firstRenderMs = shown.t;
    result.firstRenderMark = shown.mark;
    result.bytesToFirstRender = shown.bytes;
    result.pageBytesToFirstRender = shown.pageBytes;

    // Usable: for the peers the first render (their input handlers are in place once they
    // have drawn); the atlas is sent a wheel step over the map every PHONE.inputMs, as real
    // input through CDP, until it takes one.
    if (contender === "ours") {
      const { x, y } = { x: PHONE.viewport.width / 2, y: PHONE.viewport.height / 2 };
      let pending = null;
      let sent = 0;
      const end = started + limitMs;
      while (!seen.usable && Date.now() < end) {
        if (!pending) {
          sent += 1;
          pending = cdp
            .send("Input.dispatchMouseEvent", { type: "mouseWheel", x, y, deltaX: 0, deltaY: -100 })
            .catch(() => {})
            .finally(() => (pending = null));
        }
        await sleep(PHONE.inputMs);
      }
      result.inputsSent = sent;
      if (!seen.usable) result.errors.push(`no input taken within ${limitMs / 1000} s`);
    }
    const usable = contender === "ours" ? seen.usable : shown;
    if (usable) {
      result.usableMs = usable.t;
      result.usableInputAtMs = usable.inputAt ?? null;
      result.usableCameraMoved = usable.cameraMoved ?? null;
      result.inputsBeforeUsable = usable.inputs ?? null;
    }

    // Load end: the load event, the live map and the network quiet.
    try {
      await until(
        () =>
          seen.load &&
          seen["first-frame"] &&
          tally.inFlight() === 0 &&
          Date.now() - tally.lastActivity >= PHONE.quietMs,
        Math.max(1000, started + limitMs - Date.now()),
        "load end (network quiet)",
      );
    } catch (e) {
      result.errors.push(e.message);
    }
    // On the page's clock: the latest of the load event, the live map's first frame, the first
    // input taken and the network's last activity.
    const lastNetworkMs = Number.isFinite(offsetMs) ? tally.lastActivity - offsetMs : null;
    const loadEndMs = Math.max(
      ...[lastNetworkMs, seen.load?.t, seen["first-frame"]?.t, result.usableMs].filter((v) => v != null),
    );
    result.lastNetworkMs = lastNetworkMs;
    result.firstDrawFrameMs = seen["first-frame"]?.t ?? null;
    result.loadEventMs = seen.load?.t ?? null;
    result.loadEndMs = loadEndMs;
    result.bytesAtLoadEnd = tally.total();
    result.pageBytesAtLoadEnd = tally.total("page");
    result.workerBytesAtLoadEnd = tally.total("worker");
    result.requests = tally.list();

    // CLS to load end + 2 s; long tasks to usable.
    await sleep(PHONE.clsAfterMs);
    const page2 = await page.evaluate(() => {
      const b = window.__bench;
      return {
        layoutShifts: b.layoutShifts,
        longtasks: b.longtasks,
        firstPicture: b.firstPicture,
        firstDraw: b.firstDraw,
        firstFrame: b.firstFrame,
        appStarted: b.appStarted ?? null,
        now: performance.now(),
      };
    });
    const clsEnd = loadEndMs + PHONE.clsAfterMs;
    const shifts = page2.layoutShifts.filter((s) => !s.hadRecentInput && s.start <= clsEnd);
    result.cls = shifts.reduce((sum, s) => sum + s.value, 0);
    result.layoutShifts = shifts;
    const tasks = page2.longtasks.filter((t) => result.usableMs != null && t.start < result.usableMs);
    result.longTasksToUsable = {
      count: tasks.length,
      maxMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      tbtMs: tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
    };
    result.timeline = {
      firstPictureMs: page2.firstPicture,
      firstDrawMs: page2.firstDraw,
      firstDrawFrameMs: page2.firstFrame,
      appStartedMs: page2.appStarted,
      loadEventMs: result.loadEventMs,
      loadEndMs,
    };
    return result;
  } catch (e) {
    result.failed = result.failed ?? e.message.split("\n")[0];
    return result;
  } finally {
    result.wallS = (Date.now() - started) / 1000;
    await context.close().catch(() => {});
  }
}
