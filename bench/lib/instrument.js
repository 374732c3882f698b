// Injected into every benchmark page before its own scripts (Playwright addInitScript, which
// no Content-Security-Policy blocks). Collects, on the page's own clock:
// - long tasks and long animation frames (PerformanceObserver, buffered);
// - the first complete render: the first animation frame that begins after the page's
//   first-draw mark (`atlas:first-draw` from the atlas, its live map; `bench:first-draw` from
//   the peers): firstDraw (the mark) and firstFrame (that frame). The desktop rows use these;
// - the first thing shown: the first animation frame that begins after the earliest of
//   `atlas:first-picture` (the atlas's static picture of the map, painted before its
//   WebAssembly arrives), `atlas:first-draw` and `bench:first-draw`: firstShown ({ mark,
//   start }) and firstShownFrame; firstPicture is the `atlas:first-picture` mark alone. Without
//   that mark (the peers, older builds) it is the same frame as firstFrame. The phone rows
//   use these;
// - layout shifts (for CLS), the load event, and the wheel events that reached the page with
//   whether the page took them (for "usable" on the phone, see B.watchInput);
// - the atlas's wasm memory, from trunk's TrunkApplicationStarted event;
// - animation-frame intervals while recording (rAF timestamps, so vsync-quantised).
// When the harness has installed the binding `__benchNotify` (CDP Runtime.addBinding), the
// moments above are also sent to it as they happen, so that the harness can read its own
// counters (bytes received) at that very moment.
(() => {
  "use strict";
  const B = (window.__bench = {
    longtasks: [],
    loafs: [],
    layoutShifts: [],
    firstFrame: null,
    firstDraw: null,
    firstPicture: null,
    firstShown: null,
    firstShownFrame: null,
    loaded: null,
    usable: null,
  });
  function notify(kind, detail) {
    try {
      if (typeof window.__benchNotify === "function") window.__benchNotify(JSON.stringify({ kind, ...detail }));
    } catch (_) {}
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch (_) {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        B.loafs.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration });
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch (_) {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        B.layoutShifts.push({
          start: e.startTime,
          value: e.value,
          hadRecentInput: e.hadRecentInput,
          // What moved, for reading the results: tag, id and classes of each source.
          sources: (e.sources || []).map((x) =>
            x.node && x.node.nodeType === 1
              ? x.node.localName + (x.node.id ? "#" + x.node.id : "") + [...x.node.classList].map((c) => "." + c).join("")
              : x.node
                ? x.node.nodeName
                : null,
          ),
        });
    }).observe({ type: "layout-shift", buffered: true });
  } catch (_) {}
  addEventListener("load", () => {
    B.loaded = performance.now();
    notify("load", { t: B.loaded });
  });
  addEventListener("TrunkApplicationStarted", (event) => {
    B.wasm = event.detail && event.detail.wasm;
    B.appStarted = performance.now();
  });
  B.wasmBytes = () => (B.wasm && B.wasm.memory ? B.wasm.memory.buffer.byteLength : null);

  function firstMark(names) {
    for (const name of names) {
      const mark = performance.getEntriesByName(name)[0];
      if (mark) return mark;
    }
    return null;
  }
  function poll(timestamp) {
    const picture = firstMark(["atlas:first-picture"]);
    const draw = firstMark(["atlas:first-draw", "bench:first-draw"]);
    if (picture) B.firstPicture = picture.startTime;
    if (B.firstShownFrame === null) {
      const earliest = picture && (!draw || picture.startTime <= draw.startTime) ? picture : draw;
      if (earliest && timestamp >= earliest.startTime) {
        B.firstShown = { mark: earliest.name, start: earliest.startTime };
        B.firstShownFrame = performance.now();
        notify("first-shown", { t: B.firstShownFrame, mark: earliest.name, start: earliest.startTime });
      }
    }
    if (draw && timestamp >= draw.startTime) {
      B.firstDraw = draw.startTime;
      B.firstFrame = performance.now();
      notify("first-frame", { t: B.firstFrame, mark: draw.name, start: draw.startTime });
      return;
    }
    requestAnimationFrame(poll);
  }
  requestAnimationFrame(poll);

  // Input handled, for "usable" on the phone: from B.watchInput() on, every wheel event that
  // reaches the page is seen here first (a capture listener on the window, before the page's
  // own listeners); the page took it when it called preventDefault (the atlas does when the
  // wheel zooms its map). Each animation frame looks at the wheel events since the last: the
  // first frame after one the page took is "usable" (the frame that shows the zoom), reported
  // with that event's own time and whether the camera had moved by then (a region's place on
  // the screen, through window.allianceAtlas.regionPoint).
  const wheels = [];
  let probe = null;
  function camera() {
    const atlas = window.allianceAtlas;
    if (!atlas) return null;
    try {
      if (!probe) probe = Object.keys(atlas.regionNames()).slice(0, 2);
      return JSON.stringify(probe.map((id) => atlas.regionPoint(id)));
    } catch (_) {
      return null;
    }
  }
  B.watchInput = () => {
    if (B.watching) return;
    B.watching = true;
    // Only from here on, so that the desktop gesture's wheel events cost nothing extra. A
    // capture listener on the window runs before the page's own listeners whenever it was added.
    const record = (event) => {
      if (B.usable) return removeEventListener("wheel", record, { capture: true });
      wheels.push({ event, camera: camera() });
    };
    addEventListener("wheel", record, { capture: true, passive: true });
    let seen = 0;
    const tick = () => {
      if (B.usable) return;
      for (; seen < wheels.length; seen++) {
        const w = wheels[seen];
        if (!w.event.defaultPrevented) continue;
        B.usable = {
          t: performance.now(),
          inputAt: w.event.timeStamp,
          inputs: wheels.length,
          cameraMoved: w.camera !== null && camera() !== w.camera,
        };
        notify("usable", B.usable);
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  // The phone measurement asks for it from the start (an init script before this one).
  if (window.__benchWatchInput) B.watchInput();

  // Frame recording. Also counts the contender's own redraws (the atlas's stats().frames, the
  // peers' benchPeer.draws()), and for the atlas samples its last draw time every 8th frame
  // (stats() walks the graph, so not on every frame).
  function draws() {
    if (window.allianceAtlas) return window.allianceAtlas.stats().frames;
    if (window.benchPeer && window.benchPeer.draws) return window.benchPeer.draws();
    return null;
  }
  B.startFrames = () => {
    B.recording = true;
    B.intervals = [];
    B.drawSamples = [];
    const atlas = window.allianceAtlas;
    B.drawsAtStart = draws();
    let last = null;
    let n = 0;
    const tick = (timestamp) => {
      if (!B.recording) return;
      if (last !== null) B.intervals.push(timestamp - last);
      last = timestamp;
      if (atlas && ++n % 8 === 0) B.drawSamples.push(atlas.stats().lastDrawMs);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  B.stopFrames = () => {
    B.recording = false;
    const end = draws();
    return {
      intervals: B.intervals,
      drawSamples: B.drawSamples,
      draws: end !== null && B.drawsAtStart !== null ? end - B.drawsAtStart : null,
    };
  };
  // The pan-and-zoom gesture, driven from requestAnimationFrame: one input event per frame
  // (pointer and mouse events for a drag along a circle, then wheel events in and out), so
  // that every frame has a camera move to draw, and the frame intervals are the contender's
  // frame time rather than the input pipeline's. Dispatched on the element under the gesture's
  // centre, like the browser's own events (untrusted, which all four contenders accept), in a
  // task posted from the frame's callback: so it arrives between two frames, as real input
  // does, and whatever frame the contender requests in response is the very next one.
  B.runGesture = ({ cx, cy, radius, drag, wheel, budgetMs, restFrames }) =>
    new Promise((resolve) => {
      const target = document.elementFromPoint(cx, cy) || document.body;
      const common = { bubbles: true, cancelable: true, composed: true, view: window };
      const pointer = (type, x, y, button, buttons) => {
        target.dispatchEvent(
          new PointerEvent("pointer" + type, {
            ...common, clientX: x, clientY: y, button, buttons, pointerId: 1, pointerType: "mouse", isPrimary: true,
          }),
        );
        target.dispatchEvent(
          new MouseEvent("mouse" + type, { ...common, clientX: x, clientY: y, button: Math.max(0, button), buttons }),
        );
      };
      const at = (i) => {
        const a = (2 * Math.PI * i) / drag;
        return [cx + radius * Math.cos(a), cy + radius * Math.sin(a)];
      };
      const steps = [() => pointer("down", ...at(0), 0, 1)];
      for (let i = 1; i <= drag; i++) steps.push(() => pointer("move", ...at(i), -1, 1));
      steps.push(() => pointer("up", ...at(drag), 0, 0));
      for (let i = 0; i < wheel; i++) {
        steps.push(() =>
          target.dispatchEvent(
            new WheelEvent("wheel", { ...common, clientX: cx, clientY: cy, deltaY: i < wheel / 2 ? -40 : 40, deltaMode: 0 }),
          ),
        );
      }
      const upIndex = drag + 1;
      const intervals = [];
      const drawSamples = [];
      const atlas = window.allianceAtlas;
      const drawsAtStart = draws();
      const started = performance.now();
      let next = 0; // the next step to send
      let last = null;
      let rest = restFrames;
      let truncated = false;
      let gestureMs = null;
      let drawsInGesture = null;
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => steps[event.data]();
      const tick = (timestamp) => {
        if (last !== null) intervals.push(timestamp - last);
        last = timestamp;
        if (atlas && intervals.length % 8 === 0) drawSamples.push(atlas.stats().lastDrawMs);
        if (next < steps.length && performance.now() - started > budgetMs) {
          truncated = true;
          if (next > 0 && next <= upIndex) steps[upIndex]();
          next = steps.length;
        }
        if (next === steps.length && gestureMs === null) {
          gestureMs = performance.now() - started;
          const d = draws();
          drawsInGesture = d !== null && drawsAtStart !== null ? d - drawsAtStart : null;
        }
        if (next < steps.length) {
          channel.port2.postMessage(next++);
        } else if (rest-- <= 0) {
          resolve({ intervals, drawSamples, draws: drawsInGesture, events: steps.length, truncated, gestureMs });
          return;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  // Resolves after the callbacks of the next animation frame have run.
  B.afterFrame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  B.nextFrame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
})();
