// Where a contender's time goes: loads it on a graph, records a Chrome trace of the load and of
// the same pan-and-zoom gesture as the benchmark, and prints the self time of the busiest trace
// events per thread (renderer main thread, compositor, raster workers, GPU). For finding
// bottlenecks, not for comparing: tracing slows everything down.
//
//   node bench/profile.mjs [ours|sigma|cytoscape|canvas] [G0|G1|G2] [--trace out.json]
//                          [--patch nobasemap,hairline,nodash,noalpha,straight]
//
// --patch changes Canvas 2D calls in the page, to see what a drawing choice costs: nobasemap
// skips fills and strokes of Path2D objects (the atlas's country outlines), hairline draws
// every line 1 px wide, nodash ignores line dashes, noalpha ignores globalAlpha, straight
// draws quadratic curves as straight lines.
//
// Needs the graphs of a previous `node bench/run.mjs` in bench/data/ (or BENCH_GRAPHS=G0 runs).
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { bundle } from "./lib/cjs-bundle.mjs";
import { startServer } from "./lib/server.mjs";

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, "..");
const args = process.argv.slice(2);
const contender = args[0] ?? "ours";
const graph = args[1] ?? "G0";
const traceOut = args.includes("--trace") ? args[args.indexOf("--trace") + 1] : null;
const patches = args.includes("--patch") ? args[args.indexOf("--patch") + 1].split(",") : [];

// Runs in the page before its scripts.
function patchCanvas(patches) {
  const P = CanvasRenderingContext2D.prototype;
  const wrap = (name, f) => {
    const original = P[name];
    P[name] = function (...a) {
      return f.call(this, original, ...a);
    };
  };
  const setter = (name, f) => {
    const d = Object.getOwnPropertyDescriptor(P, name);
    Object.defineProperty(P, name, { ...d, set(v) { d.set.call(this, f(v)); } });
  };
  if (patches.includes("nobasemap")) {
    wrap("fill", function (original, ...a) { if (!(a[0] instanceof Path2D)) return original.apply(this, a); });
    wrap("stroke", function (original, ...a) { if (!(a[0] instanceof Path2D)) return original.apply(this, a); });
  }
  if (patches.includes("hairline")) setter("lineWidth", () => 1);
  if (patches.includes("noalpha")) setter("globalAlpha", () => 1);
  if (patches.includes("nodash")) wrap("setLineDash", function (original) { return original.call(this, []); });
  if (patches.includes("straight")) wrap("quadraticCurveTo", function (original, cx, cy, x, y) { return this.lineTo(x, y); });
}
const FLAGS = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
  "--enable-unsafe-swiftshader",
];
const CATEGORIES = [
  "devtools.timeline", "disabled-by-default-devtools.timeline", "toplevel", "v8", "blink", "cc", "gpu",
  "disabled-by-default-devtools.timeline.frame", "latencyInfo", "viz",
].join(",");

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

function selfTimes(events, threadNames) {
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== "X" || typeof e.dur !== "number") continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const out = [];
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const totals = new Map();
    const counts = new Map();
    const stack = [];
    let busy = 0;
    for (const e of list) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) totals.set(parent.name, (totals.get(parent.name) ?? 0) - Math.min(e.dur, parent.ts + parent.dur - e.ts));
      else busy += e.dur;
      totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur);
      counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
      stack.push(e);
    }
    out.push({ thread: threadNames.get(key) ?? key, busyMs: busy / 1000, top: [...totals].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([n, us]) => [n, us, counts.get(n)]) });
  }
  return out.sort((a, b) => b.busyMs - a.busyMs);
}

async function main() {
  const nodeModules = join(benchDir, "node_modules");
  const fa2 = bundle(join(nodeModules, "graphology-layout-forceatlas2", "index.js"), "forceAtlas2", nodeModules);
  const server = await startServer({
    distDir: resolve(root, process.env.BENCH_DIST ?? "dist"),
    benchDir,
    dataDir: join(benchDir, "data"),
    generated: { "/peers/lib/fa2.js": fa2 },
  });
  const browser = await chromium.launch({ executablePath: process.env.BENCH_CHROMIUM ?? "/usr/bin/chromium", headless: true, args: FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await context.addInitScript({ path: join(benchDir, "lib", "instrument.js") });
    if (patches.length) await context.addInitScript(patchCanvas, patches);
    const page = await context.newPage();
    const data = `/data/${graph}.json`;
    const url = contender === "ours"
      ? `${server.url}/app/index.html?data=${data}&draw=pairs`
      : `${server.url}/peers/${contender}.html?data=${data}`;
    await browser.startTracing(page, { categories: CATEGORIES.split(",") });
    const t0 = Date.now();
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__bench.firstFrame !== null, null, { timeout: 120000, polling: 100 });
    const loadMs = Date.now() - t0;
    await sleep(1000);
    const box = contender === "ours" ? await page.locator(".map").boundingBox() : { x: 0, y: 0, width: 1280, height: 800 };
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx + 120, cy);
    await page.evaluate(() => window.__bench.startFrames());
    const g0 = Date.now();
    await page.mouse.down();
    for (let i = 1; i <= 60; i++) {
      const a = (2 * Math.PI * i) / 60;
      await page.mouse.move(cx + 120 * Math.cos(a), cy + 120 * Math.sin(a));
    }
    await page.mouse.up();
    for (let i = 0; i < 30; i++) await page.mouse.wheel(0, i < 15 ? -40 : 40);
    await sleep(500);
    const frames = await page.evaluate(() => window.__bench.stopFrames());
    const gestureMs = Date.now() - g0;
    const trace = JSON.parse((await browser.stopTracing()).toString());
    if (traceOut) writeFileSync(traceOut, JSON.stringify(trace));
    const events = trace.traceEvents ?? trace;
    const threadNames = new Map();
    for (const e of events) {
      if (e.ph === "M" && e.name === "thread_name") threadNames.set(`${e.pid}:${e.tid}`, e.args.name);
    }
    // On a CPU-only machine the canvas is rasterised on the main thread when the frame's layers
    // are updated: this is the per-frame raster cost of the canvas (and of the other layers).
    const updates = events.filter((e) => e.ph === "X" && e.name === "LayerTreeHost::DoUpdateLayers").map((e) => e.dur / 1000);
    console.log(`${contender} ${graph}${patches.length ? ` patched ${patches.join(",")}` : ""}: first render after ${loadMs} ms (traced); gesture ${gestureMs} ms, ${frames.intervals.length} frames`);
    console.log(`LayerTreeHost::DoUpdateLayers (canvas raster on the main thread): ${updates.length} calls, median ${median(updates)} ms, max ${updates.length ? Math.max(...updates).toFixed(1) : "-"} ms`);
    console.log(`frame interval median ${median(frames.intervals)} ms; atlas draw samples (ms): ${frames.drawSamples.map((v) => v.toFixed(1)).join(" ")}`);
    for (const t of selfTimes(events, threadNames).slice(0, 6)) {
      console.log(`\n${t.thread}: busy ${t.busyMs.toFixed(0)} ms (load + gesture)`);
      for (const [name, us, n] of t.top) console.log(`  ${(us / 1000).toFixed(1).padStart(9)} ms  ${String(n).padStart(6)}x  ${name}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  return v.length ? v[v.length >> 1].toFixed(1) : "-";
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
