// The performance benchmark of Alliance Atlas against sigma.js + graphology, Cytoscape.js and
// a plain Canvas 2D page, on the same data files, in the same headless Chromium, in one run.
// See bench/README.md for how to run it and what each metric means.
//
//   node bench/run.mjs            (after bench/setup.sh and a release build in dist/)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { bundle } from "./lib/cjs-bundle.mjs";
import { startServer } from "./lib/server.mjs";
import { transferSizes } from "./lib/sizes.mjs";
import { aggregate, evaluateTargets, printTable } from "./lib/report.mjs";
import { prepareData } from "./lib/data.mjs";
import { openInstrumentedPage } from "./lib/instrumented-page.mjs";
import { PHONE, measurePhone } from "./lib/phone.mjs";

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(benchDir, "..");
const env = process.env;
const list = (value, fallback) => (value ? value.split(",").map((s) => s.trim()).filter(Boolean) : fallback);

const config = {
  graphs: list(env.BENCH_GRAPHS, ["G0", "G1", "G2"]),
  contenders: list(env.BENCH_CONTENDERS, ["ours", "sigma", "cytoscape", "canvas"]),
  runs: Number(env.BENCH_RUNS ?? 5),
  runsG2: Number(env.BENCH_RUNS_G2 ?? 2),
  distDir: resolve(root, env.BENCH_DIST ?? "dist"),
  chromium: env.BENCH_CHROMIUM ?? "/usr/bin/chromium",
  out: resolve(root, env.BENCH_OUT ?? "bench/results/latest.json"),
  seed: Number(env.BENCH_SEED ?? 42),
  layout: env.BENCH_LAYOUT !== "0",
  warmup: env.BENCH_WARMUP !== "0",
  // The phone on slow 4G (lib/phone.mjs): runs per contender, on G0 only, 0 for none.
  phoneRuns: Number(env.BENCH_PHONE_RUNS ?? 3),
  phoneDeviceScaleFactor: Number(env.BENCH_PHONE_DPR ?? PHONE.deviceScaleFactor),
  // "phone" for the phone rows alone, "desktop" for the rest alone; both by default.
  only: env.BENCH_ONLY ?? null,
};
if (config.only && !["phone", "desktop"].includes(config.only)) {
  throw new Error(`BENCH_ONLY is "phone" or "desktop", not "${config.only}"`);
}
const desktop = config.only !== "phone";
const phone = config.only !== "desktop" && config.phoneRuns > 0;
const GRAPHS = {
  G0: { file: "G0.json" },
  G1: { file: "G1.json", regions: 1000, ties: 10000 },
  G2: { file: "G2.json", regions: 10000, ties: 100000 },
};
// Per-graph limits, so that a contender that cannot cope is reported, not waited for.
// The gesture: `drag` pointer moves along a circle, then `wheel` wheel events (half in, half
// out), one per frame, stopped after gestureMs.
const LIMITS = {
  G0: { loadMs: 30000, drag: 120, wheel: 60, gestureMs: 12000, filterMs: 15000, settleMs: 800, layoutSteps: 100 },
  G1: { loadMs: 45000, drag: 120, wheel: 60, gestureMs: 12000, filterMs: 20000, settleMs: 800, layoutSteps: 50 },
  G2: { loadMs: 60000, drag: 40, wheel: 20, gestureMs: 20000, filterMs: 30000, settleMs: 1500, layoutSteps: 10 },
};
const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  // WebGL (sigma.js) needs a software GL without a GPU; Canvas 2D is rasterised on the CPU.
  "--enable-unsafe-swiftshader",
];
const VIEWPORT = { width: 1280, height: 800 };
const FRAME_MS = 1000 / 60;

const log = (...args) => console.error(...args);
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Rejects after `ms` with a message naming `what`. */
function within(ms, what, promise) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${what}: no answer within ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]);
}

// ---------------------------------------------------------------------------------------------
// One measurement: load a contender on a graph in a fresh context, then interact with it.

/** The phone opens the atlas as a visitor's phone does: the bundled data, no data= parameter. */
function phoneUrl(base, contender) {
  if (contender === "ours") return `${base}/app/index.html?draw=pairs`;
  return `${base}/peers/${contender}.html?data=${encodeURIComponent(`/data/${GRAPHS.G0.file}`)}`;
}

function contenderUrl(base, contender, graph) {
  const data = `/data/${GRAPHS[graph].file}`;
  if (contender === "ours") return `${base}/app/index.html?data=${encodeURIComponent(data)}&draw=pairs`;
  return `${base}/peers/${contender}.html?data=${encodeURIComponent(data)}`;
}

function loadBlocking(bench, until) {
  const tasks = bench.longtasks.filter((t) => t.start < until);
  const loafs = bench.loafs.filter((t) => t.start < until);
  return {
    count: tasks.length,
    maxMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    tbtMs: tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
    loafMaxMs: loafs.reduce((m, t) => Math.max(m, t.duration), 0),
    loafBlockingMs: loafs.reduce((s, t) => s + (t.blocking ?? 0), 0),
  };
}

/**
 * The pan-and-zoom gesture. By default it runs in the page, one synthetic input event per
 * animation frame (lib/instrument.js, runGesture). BENCH_INPUT=cdp sends real input through
 * the DevTools protocol instead (below), which shows the input pipeline's own latency too.
 */
async function gesture(page, box, limits) {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const radius = Math.min(120, box.width / 4, box.height / 4);
  if (env.BENCH_INPUT === "cdp") return cdpGesture(page, box, limits.gestureMs);
  const { drag, wheel, gestureMs: budgetMs } = limits;
  return page.evaluate((o) => window.__bench.runGesture(o), { cx, cy, radius, drag, wheel, budgetMs, restFrames: 30 });
}

/**
 * Drag along a circle, then wheel in and out. Input is sent like a real mouse's: 60 events a
 * second whether or not the page keeps up (up to 3 events in flight, so a slow page always has
 * fresh input for its next frame and the gesture follows the page's pace), so every frame of
 * the gesture has a camera move to draw.
 */
async function cdpGesture(page, box, budgetMs) {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const radius = Math.min(120, box.width / 4, box.height / 4);
  const DRAG = 150;
  const WHEEL = 90;
  const steps = [];
  for (let i = 1; i <= DRAG; i++) {
    const a = (2 * Math.PI * i) / DRAG;
    steps.push(() => page.mouse.move(cx + radius * Math.cos(a), cy + radius * Math.sin(a)));
  }
  const drag = steps.length;
  for (let i = 0; i < WHEEL; i++) steps.push(() => page.mouse.wheel(0, i < WHEEL / 2 ? -40 : 40));
  await page.mouse.move(cx + radius, cy);
  await page.evaluate(() => window.__bench.startFrames());
  const started = Date.now();
  const inflight = new Set();
  let sent = 0;
  let truncated = false;
  const send = (f) => {
    const p = f().catch(() => {});
    inflight.add(p);
    p.finally(() => inflight.delete(p));
  };
  await page.mouse.down();
  while (sent < steps.length) {
    if (Date.now() - started > budgetMs) {
      truncated = true;
      break;
    }
    if (sent === drag) {
      await Promise.all(inflight); // the button goes up after the last move
      await page.mouse.up();
      await page.mouse.move(cx, cy);
    }
    if (inflight.size < 3) send(steps[sent++]);
    await sleep(FRAME_MS);
  }
  await Promise.all(inflight);
  if (sent <= drag) await page.mouse.up();
  const gestureMs = Date.now() - started;
  // Frames until things come to rest count too (the atlas re-places labels then).
  await sleep(500);
  const recorded = await page.evaluate(() => window.__bench.stopFrames());
  return { ...recorded, events: sent, truncated, gestureMs };
}

async function measure(browser, base, contender, graph, options) {
  const limits = LIMITS[graph];
  const result = { contender, graph, errors: [] };
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const { page, cdp } = await openInstrumentedPage(context, benchDir, result.errors);
    const dataPath = `/data/${GRAPHS[graph].file}`;

    // Load to the first complete render.
    await page.goto(contenderUrl(base, contender, graph), { waitUntil: "commit", timeout: limits.loadMs });
    try {
      await page.waitForFunction(() => window.__bench && window.__bench.firstFrame !== null, null, {
        timeout: limits.loadMs,
        polling: 100,
      });
    } catch {
      result.failed = `no first render within ${limits.loadMs / 1000} s`;
      return result;
    }
    await sleep(limits.settleMs);
    const load = await within(10000, "reading load metrics", page.evaluate(() => {
      const b = window.__bench;
      return {
        firstDraw: b.firstDraw,
        firstFrame: b.firstFrame,
        firstPicture: b.firstPicture,
        firstShownFrame: b.firstShownFrame,
        longtasks: b.longtasks,
        loafs: b.loafs,
        atlas: window.allianceAtlas ? window.allianceAtlas.stats() : null,
        peer: window.benchPeer ? window.benchPeer.counts() : null,
        dataNotice: document.querySelector(".data-notice")?.textContent ?? null,
        wasmBytes: b.wasmBytes(),
        appStarted: b.appStarted ?? null,
        dataReceived:
          performance.getEntriesByType("resource").find((e) => e.name.includes("/data/G"))?.responseEnd ?? null,
        domContentLoaded: performance.getEntriesByType("navigation")[0]?.domContentLoadedEventEnd ?? null,
      };
    }));
    // The live map's first frame (atlas:first-draw, as before the atlas had a first picture);
    // the static picture, when the build paints one, is in the timeline.
    result.firstRenderMs = load.firstFrame;
    result.firstDrawMs = load.firstDraw;
    // Where the load's time goes: the data file received, the wasm started (ours), drawn.
    result.timeline = {
      domContentLoadedMs: load.domContentLoaded,
      appStartedMs: load.appStarted,
      dataReceivedMs: load.dataReceived,
      firstDrawMs: load.firstDraw,
      firstFrameMs: load.firstFrame,
      firstPictureMs: load.firstPicture,
      firstShownFrameMs: load.firstShownFrame,
    };
    result.load = loadBlocking(load, load.firstFrame + limits.settleMs);
    result.counts = load.atlas ?? load.peer;
    if (load.dataNotice) result.errors.push(`data notice: ${load.dataNotice.slice(0, 300)}`);
    if (options.loadOnly) return result;

    // Memory after load, after a garbage collection.
    await within(20000, "garbage collection", cdp.send("HeapProfiler.collectGarbage"));
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? null;
    result.memory = { jsHeapBytes: heap, wasmBytes: load.wasmBytes, totalBytes: heap + (load.wasmBytes ?? 0) };

    // Pan and zoom.
    const box =
      contender === "ours"
        ? await page.locator(".map").boundingBox()
        : { x: 0, y: 0, width: VIEWPORT.width, height: VIEWPORT.height };
    try {
      result.pan = await within(limits.gestureMs + 30000, "pan and zoom", gesture(page, box, limits));
    } catch (e) {
      result.errors.push(e.message);
      return result;
    }

    // Filter change: energy only, to the frame after the next draw.
    try {
      if (contender === "ours") {
        const query = `sectors=energy&draw=pairs&data=${dataPath}`;
        result.filter = await within(limits.filterMs, "filter change", page.evaluate(async (q) => {
          const atlas = window.allianceAtlas;
          const b = window.__bench;
          const before = atlas.stats().frames;
          const started = performance.now();
          atlas.setView(q);
          const setViewMs = performance.now() - started;
          let frames = 0;
          while (atlas.stats().frames <= before) {
            await b.afterFrame();
            frames += 1;
          }
          await b.nextFrame();
          const s = atlas.stats();
          return { ms: performance.now() - started, setViewMs, frames, edges: s.edges, lastDrawMs: s.lastDrawMs };
        }, query));
      } else {
        const ms = await within(limits.filterMs, "filter change", page.evaluate(() => window.benchPeer.filter("energy")));
        result.filter = { ms };
      }
    } catch (e) {
      result.errors.push(e.message);
      return result;
    }

    // Layout: ForceAtlas2 iterations on the same graph (ours in wasm, graphology's in JS).
    if (options.layout && (contender === "ours" || contender === "sigma")) {
      const steps = limits.layoutSteps;
      try {
        if (contender === "ours") {
          result.layout = await within(120000, "layout benchmark", page.evaluate(async ({ q, steps }) => {
            const atlas = window.allianceAtlas;
            const before = atlas.stats().frames;
            atlas.setView(q);
            while (atlas.stats().frames <= before) await window.__bench.afterFrame();
            return atlas.layoutBenchmark(steps);
          }, { q: `draw=pairs&data=${dataPath}`, steps }));
        } else {
          await page.evaluate(() => window.benchPeer.unfilter());
          await page.addScriptTag({ url: "/peers/lib/fa2.js" });
          result.layout = await within(120000, "layout benchmark", page.evaluate((steps) => {
            const graph = window.benchPeer.graph;
            const settings = {
              ...forceAtlas2.inferSettings(graph),
              barnesHutOptimize: true,
              barnesHutTheta: 0.6, // as the atlas's ForceSettings
            };
            forceAtlas2(graph, { iterations: 1, settings }); // warm-up
            const started = performance.now();
            forceAtlas2(graph, { iterations: steps, settings });
            const ms = performance.now() - started;
            return { nodes: graph.order, edges: graph.size, steps, msPerStep: ms / steps };
          }, steps));
        }
      } catch (e) {
        result.errors.push(e.message);
      }
    }

    // Network metrics (betweenness, closeness, communities) as the region card computes them.
    if (contender === "ours") {
      try {
        result.metrics = await within(120000, "metrics benchmark", page.evaluate(async ({ q }) => {
          const atlas = window.allianceAtlas;
          const before = atlas.stats().frames;
          atlas.setView(q);
          while (atlas.stats().frames <= before) await window.__bench.afterFrame();
          atlas.metricsBenchmark(); // warm-up
          return atlas.metricsBenchmark();
        }, { q: `data=${dataPath}` }));
      } catch (e) {
        result.errors.push(e.message);
      }
    }

    // The atlas's own switch to the network layout: the frames while it computes and glides.
    if (options.layoutSwitch && contender === "ours") {
      try {
        result.layoutSwitch = await within(60000, "layout switch", page.evaluate(async (q) => {
          const atlas = window.allianceAtlas;
          const b = window.__bench;
          b.startFrames();
          const started = performance.now();
          const before = atlas.stats().frames;
          const layoutsBefore = atlas.stats().layoutsDone;
          atlas.setView(q);
          const setViewMs = performance.now() - started;
          while (atlas.stats().frames <= before) await b.afterFrame();
          const firstFrameMs = performance.now() - started;
          // The layout runs in slices between frames; then the 750 ms glide.
          while (atlas.stats().layoutsDone <= layoutsBefore && performance.now() - started < 50000) {
            await b.afterFrame();
          }
          const { layoutMs, layoutLongestSliceMs } = atlas.stats();
          await new Promise((ok) => setTimeout(ok, 1200)); // the 750 ms glide and rest
          const { intervals } = b.stopFrames();
          const tasks = b.longtasks.filter((t) => t.start >= started);
          return {
            setViewMs,
            firstFrameMs,
            maxFrameMs: Math.max(...intervals),
            frames: intervals.length,
            longTasks: tasks.length,
            maxTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
            layoutMs,
            layoutLongestSliceMs,
          };
        }, `layout=network&draw=pairs&data=${dataPath}`));
      } catch (e) {
        result.errors.push(e.message);
      }
    }
    return result;
  } catch (e) {
    result.failed = result.failed ?? e.message.split("\n")[0];
    return result;
  } finally {
    await within(30000, "closing the context", context.close()).catch((e) => log(`  ${e.message}`));
  }
}

// ---------------------------------------------------------------------------------------------

async function environment(browser, base) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${base}/peers/canvas.html?data=/data/G0.json`);
  const renderer = await page.evaluate(() => {
    const gl = document.createElement("canvas").getContext("webgl");
    if (!gl) return "no WebGL";
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
  });
  await context.close();
  let commit = null;
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root }).toString().trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "crates", "Cargo.lock"], { cwd: root })
      .toString()
      .trim();
    if (dirty) commit += " (with uncommitted changes)";
  } catch {}
  // Which build was measured: its wasm file and when it was written.
  const wasm = readdirSync(config.distDir).find((f) => f.endsWith(".wasm"));
  const build = wasm
    ? { dist: config.distDir, wasm, wasmBytes: statSync(join(config.distDir, wasm)).size, builtAt: statSync(join(config.distDir, wasm)).mtime.toISOString() }
    : null;
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  return {
    cpu: (cpuinfo.match(/model name\s*:\s*(.*)/) || [])[1] ?? cpus()[0]?.model,
    cores: cpus().length,
    memoryGiB: Math.round(Number((readFileSync("/proc/meminfo", "utf8").match(/MemTotal:\s*(\d+)/) || [])[1]) / 1048576),
    chromium: browser.version(),
    webglRenderer: renderer,
    flags: FLAGS,
    viewport: VIEWPORT,
    node: process.version,
    commit,
    build,
    loadAverage: readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "),
  };
}

async function main() {
  const startedAt = Date.now();
  const dataDir = join(benchDir, "data");
  if (!existsSync(join(config.distDir, "index.html"))) {
    throw new Error(`${config.distDir} has no build: run \`make build\` (or set BENCH_DIST)`);
  }
  if (!existsSync(join(benchDir, "node_modules", "sigma"))) {
    throw new Error("the peers are not installed: run bench/setup.sh");
  }
  // The phone rows need G0 alone, which is always there (the build's own data file).
  const dataConfig = desktop ? config : { ...config, graphs: ["G0"] };
  log(`bench: generating the graphs (${dataConfig.graphs.join(", ")})`);
  prepareData(dataDir, { config: dataConfig, graphs: GRAPHS, root, log, regenerate: env.BENCH_REGENERATE === "1" });
  const nodeModules = join(benchDir, "node_modules");
  const fa2 = bundle(join(nodeModules, "graphology-layout-forceatlas2", "index.js"), "forceAtlas2", nodeModules);
  const server = await startServer({
    distDir: config.distDir,
    benchDir,
    dataDir,
    generated: { "/peers/lib/fa2.js": fa2 },
  });
  // The phone's server answers compressed, as an ordinary host would (lib/server.mjs).
  const phoneServer = phone
    ? await startServer({ distDir: config.distDir, benchDir, dataDir, generated: { "/peers/lib/fa2.js": fa2 }, compress: true })
    : null;
  const browser = await chromium.launch({ executablePath: config.chromium, headless: true, args: FLAGS });
  const results = [];
  const phoneResults = [];
  try {
    const meta = await environment(browser, server.url);
    log(`bench: ${meta.chromium}, ${meta.webglRenderer}, ${meta.cpu} x${meta.cores}`);
    const sizes = transferSizes({ distDir: config.distDir, benchDir, fa2Source: fa2 });

    // Warm-up: one unrecorded load of each contender (the first loads of a fresh browser are
    // slower whoever comes first).
    for (const contender of config.warmup && desktop ? config.contenders : []) {
      await measure(browser, server.url, contender, "G0", { loadOnly: true });
    }
    // Alternating runs: every run visits every graph, and the contenders' order rotates.
    const maxRuns = desktop ? Math.max(config.runs, config.graphs.includes("G2") ? config.runsG2 : 0) : 0;
    for (let run = 0; run < maxRuns; run++) {
      for (const graph of config.graphs) {
        if (run >= (graph === "G2" ? config.runsG2 : config.runs)) continue;
        const k = (run + config.graphs.indexOf(graph)) % config.contenders.length;
        const order = [...config.contenders.slice(k), ...config.contenders.slice(0, k)];
        for (const contender of order) {
          const t0 = Date.now();
          const result = await measure(browser, server.url, contender, graph, {
            layout: config.layout,
            layoutSwitch: config.layout && graph !== "G2",
          });
          result.run = run;
          results.push(result);
          const bits = [
            result.failed ? `FAILED: ${result.failed}` : `first render ${Math.round(result.firstRenderMs)} ms`,
            result.pan ? `pan ${result.pan.intervals.length} frames` : null,
            result.filter ? `filter ${Math.round(result.filter.ms)} ms` : null,
            result.layout ? `layout ${result.layout.msPerStep.toFixed(1)} ms/iter` : null,
            result.errors.length ? `${result.errors.length} error(s): ${result.errors[0]}` : null,
          ].filter(Boolean);
          log(`run ${run + 1} ${graph} ${contender.padEnd(9)} ${((Date.now() - t0) / 1000).toFixed(1)} s: ${bits.join(", ")}`);
        }
      }
    }
    if (phone) await phoneRuns(browser, phoneServer, phoneResults);
    const summary = aggregate(results, sizes, config, phoneResults);
    const targets = evaluateTargets(summary);
    const report = {
      generatedAt: new Date().toISOString(),
      durationS: Math.round((Date.now() - startedAt) / 1000),
      machine: meta,
      config: {
        ...config,
        distDir: undefined,
        out: undefined,
        limits: LIMITS,
        phone: phone ? { ...PHONE, deviceScaleFactor: config.phoneDeviceScaleFactor, graph: "G0" } : null,
      },
      notes: [
        "Headless Chromium without a GPU: Canvas 2D is rasterised on the CPU, and WebGL (sigma.js) runs on SwiftShader, a CPU emulation of a GPU, which penalises sigma far more than it would on real hardware.",
        "Frame intervals are requestAnimationFrame timestamps, quantised to the 60 Hz vsync: 16.7 ms is the floor.",
        "Ratios are ours / peer of the medians: below 1 is better for us on every metric here.",
        ...(phone
          ? [
              `Phone rows: G0 on Lighthouse's Slow 4G (150 ms, 1.6 Mbit/s down, 750 kbit/s up, request-level DevTools throttling) and CPU 4x, ${PHONE.viewport.width}x${PHONE.viewport.height} at device pixel ratio ${config.phoneDeviceScaleFactor}, files compressed as a host sends them (the atlas brotli, the peers gzip); the atlas with its bundled data (index.html?draw=pairs), its service worker throttled the same on its own (CDP cannot make it share the page's link).`,
            ]
          : []),
      ],
      transfer: sizes,
      summary,
      targets,
      runs: results,
      phoneRuns: phoneResults,
    };
    mkdirSync(dirname(config.out), { recursive: true });
    writeFileSync(config.out, JSON.stringify(report, null, 1) + "\n");
    printTable(report);
    log(`bench: ${results.length + phoneResults.length} measurements in ${report.durationS} s; written to ${config.out}`);
  } finally {
    await browser.close();
    await server.close();
    await phoneServer?.close();
  }
}

/**
 * The phone rows: one unrecorded, unthrottled load of each contender first (it also makes the
 * server compress each file once, which brotli -q 11 of the wasm takes seconds to do), then
 * config.phoneRuns runs of every contender, the order rotating from run to run.
 */
async function phoneRuns(browser, server, out) {
  const common = { base: server.url, benchDir, deviceScaleFactor: config.phoneDeviceScaleFactor };
  log(`bench: phone: priming (one unthrottled load each; the server compresses each file once)`);
  for (const contender of config.contenders) {
    const r = await measurePhone(browser, { ...common, contender, url: phoneUrl(server.url, contender), throttle: false });
    if (r.failed) log(`  priming ${contender}: ${r.failed}`);
  }
  for (let run = 0; run < config.phoneRuns; run++) {
    const k = run % config.contenders.length;
    const order = [...config.contenders.slice(k), ...config.contenders.slice(0, k)];
    for (const contender of order) {
      const r = await measurePhone(browser, { ...common, contender, url: phoneUrl(server.url, contender) });
      r.run = run;
      out.push(r);
      const kB = (b) => `${Math.round(b / 1000)} kB`;
      const bits = r.failed
        ? [`FAILED: ${r.failed}`]
        : [
            `first render ${Math.round(r.firstRenderMs)} ms (${r.firstRenderMark})`,
            `${kB(r.bytesToFirstRender)} to it`,
            r.usableMs != null ? `usable ${Math.round(r.usableMs)} ms` : "not usable",
            `live map ${Math.round(r.firstDrawFrameMs ?? NaN)} ms`,
            `${kB(r.bytesAtLoadEnd)} at load end${r.workerBytesAtLoadEnd ? ` (service worker ${kB(r.workerBytesAtLoadEnd)})` : ""}`,
            `CLS ${r.cls.toFixed(3)}`,
          ];
      if (r.errors.length) bits.push(`${r.errors.length} error(s): ${r.errors[0]}`);
      log(`phone run ${run + 1} ${contender.padEnd(9)} ${r.wallS.toFixed(1)} s: ${bits.join(", ")}`);
    }
  }
}

main().catch((e) => {
  console.error(`bench: ${e.stack || e.message}`);
  process.exit(1);
});
