// The floor: a hand-written Canvas 2D renderer with no library. Straight edges batched into
// one path per colour, nodes as one path of small circles, a transform for pan and zoom,
// one draw per animation frame when something changed.
(async function () {
  "use strict";
  const { loadGraph, markFirstDraw, nextFrame } = window.BenchCommon;
  const { nodes, edges, colors } = await loadGraph();
  const canvas = document.getElementById("graph");
  const ctx = canvas.getContext("2d");
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const xs = Float64Array.from(nodes, (n) => n.x);
  const ys = Float64Array.from(nodes, (n) => n.y);
  // Edges grouped by colour: [{color, a: Uint32Array, b: Uint32Array, sectors: [...]}]
  function group(list) {
    const groups = new Map();
    for (const e of list) {
      const color = colors[e.sectors[0]] || "#999999";
      if (!groups.has(color)) groups.set(color, []);
      groups.get(color).push(e);
    }
    return [...groups].map(([color, es]) => ({
      color,
      a: Uint32Array.from(es, (e) => index.get(e.source)),
      b: Uint32Array.from(es, (e) => index.get(e.target)),
    }));
  }
  let batches = group(edges);
  // Fit the graph into the window.
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    minX = Math.min(minX, xs[i]); maxX = Math.max(maxX, xs[i]);
    minY = Math.min(minY, ys[i]); maxY = Math.max(maxY, ys[i]);
  }
  const dpr = Math.max(1, devicePixelRatio);
  let width = innerWidth, height = innerHeight;
  canvas.width = width * dpr; canvas.height = height * dpr;
  canvas.style.width = width + "px"; canvas.style.height = height + "px";
  let scale = 0.9 * Math.min(width / (maxX - minX || 1), height / (maxY - minY || 1));
  let tx = width / 2 - scale * (minX + maxX) / 2;
  let ty = height / 2 - scale * (minY + maxY) / 2;
  const drawTimes = [];
  function draw() {
    const started = performance.now();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = "#f7f5f0";
    ctx.fillRect(0, 0, width, height);
    ctx.lineWidth = 1;
    ctx.globalAlpha = 0.6;
    for (const g of batches) {
      ctx.strokeStyle = g.color;
      ctx.beginPath();
      for (let i = 0; i < g.a.length; i++) {
        const a = g.a[i], b = g.b[i];
        ctx.moveTo(xs[a] * scale + tx, ys[a] * scale + ty);
        ctx.lineTo(xs[b] * scale + tx, ys[b] * scale + ty);
      }
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    ctx.fillStyle = "#335577";
    ctx.beginPath();
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i] * scale + tx, y = ys[i] * scale + ty;
      ctx.moveTo(x + 2, y);
      ctx.arc(x, y, 2, 0, 2 * Math.PI);
    }
    ctx.fill();
    drawTimes.push(performance.now() - started);
  }
  let pending = null;
  const listeners = [];
  function request() {
    if (pending) return;
    pending = requestAnimationFrame(() => {
      pending = null;
      draw();
      for (const f of listeners.splice(0)) f();
    });
  }
  function drawn() {
    return new Promise((ok) => listeners.push(ok));
  }
  let drag = null;
  canvas.addEventListener("pointerdown", (e) => {
    drag = { x: e.clientX, y: e.clientY };
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener("pointermove", (e) => {
    if (!drag) return;
    tx += e.clientX - drag.x; ty += e.clientY - drag.y;
    drag = { x: e.clientX, y: e.clientY };
    request();
  });
  canvas.addEventListener("pointerup", () => { drag = null; });
  canvas.addEventListener("wheel", (e) => {
    e.preventDefault();
    const k = Math.exp(-e.deltaY / 500);
    tx = e.clientX - (e.clientX - tx) * k;
    ty = e.clientY - (e.clientY - ty) * k;
    scale *= k;
    request();
  }, { passive: false });
  draw();
  markFirstDraw();
  window.benchPeer = {
    name: "canvas",
    counts: () => ({ nodes: nodes.length, edges: edges.length }),
    draws: () => drawTimes.length,
    drawTimes,
    async filter(sector) {
      const started = performance.now();
      const done = drawn();
      batches = group(edges.filter((e) => e.sectors.includes(sector)));
      request();
      await done;
      await nextFrame();
      return performance.now() - started;
    },
    async unfilter() {
      const done = drawn();
      batches = group(edges);
      request();
      await done;
    },
  };
})();
