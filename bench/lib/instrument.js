// Injected into every benchmark page before its own scripts (Playwright addInitScript, which
// no Content-Security-Policy blocks). Collects, on the page's own clock:
// - long tasks and long animation frames (PerformanceObserver, buffered);
// - the first complete render: the first animation frame that begins after the page's
//   first-draw mark (`atlas:first-draw` from the atlas, `bench:first-draw` from the peers);
// - the atlas's wasm memory, from trunk's TrunkApplicationStarted event;
// - animation-frame intervals while recording (rAF timestamps, so vsync-quantised).
(() => {
  "use strict";
  const B = (window.__bench = { longtasks: [], loafs: [], firstFrame: null, firstDraw: null });
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
  addEventListener("TrunkApplicationStarted", (event) => {
    B.wasm = event.detail && event.detail.wasm;
    B.appStarted = performance.now();
  });
  B.wasmBytes = () => (B.wasm && B.wasm.memory ? B.wasm.memory.buffer.byteLength : null);

  function firstDrawMark() {
    return (
      performance.getEntriesByName("atlas:first-draw")[0] || performance.getEntriesByName("bench:first-draw")[0]
    );
  }
  function poll(timestamp) {
    const mark = firstDrawMark();
    if (mark && timestamp >= mark.startTime) {
      B.firstDraw = mark.startTime;
      B.firstFrame = performance.now();
      return;
    }
    requestAnimationFrame(poll);
  }
  requestAnimationFrame(poll);

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
