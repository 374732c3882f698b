// Turns the runs into medians per graph and contender, the table, and the targets.

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}

const MB = 1024 * 1024;

/**
 * summary[graph][contender] = { metric: value, ... } for the graphs measured, and
 * summary.phone[contender] for the phone runs (G0), when there are any.
 */
export function aggregate(results, sizes, config, phoneResults = []) {
  const summary = {};
  for (const graph of config.graphs) {
    if (!results.some((r) => r.graph === graph)) continue;
    summary[graph] = {};
    for (const contender of config.contenders) {
      const runs = results.filter((r) => r.graph === graph && r.contender === contender);
      const ok = runs.filter((r) => !r.failed && r.firstRenderMs != null);
      const pick = (f) => median(ok.map(f).filter((x) => x != null));
      // Frame intervals pooled over the runs, without the first two of each gesture.
      const intervals = ok.flatMap((r) => (r.pan ? r.pan.intervals.slice(2) : []));
      const draws = ok.flatMap((r) => (r.pan ? r.pan.drawSamples : []));
      summary[graph][contender] = {
        runs: runs.length,
        failedRuns: runs.length - ok.length,
        failures: [...new Set(runs.flatMap((r) => [r.failed, ...(r.errors ?? [])]).filter(Boolean))],
        counts: ok[0]?.counts ?? null,
        firstRenderMs: pick((r) => r.firstRenderMs),
        firstDrawMs: pick((r) => r.firstDrawMs),
        loadLongTasks: pick((r) => r.load?.count),
        loadLongestTaskMs: pick((r) => r.load?.maxMs),
        loadTbtMs: pick((r) => r.load?.tbtMs),
        loadLoafMaxMs: pick((r) => r.load?.loafMaxMs),
        jsHeapMB: pick((r) => r.memory && r.memory.jsHeapBytes / MB),
        wasmMB: pick((r) => r.memory?.wasmBytes != null ? r.memory.wasmBytes / MB : null),
        memoryMB: pick((r) => r.memory && r.memory.totalBytes / MB),
        panFramesPerRun: pick((r) => r.pan?.intervals.length),
        panTruncatedRuns: ok.filter((r) => r.pan?.truncated).length,
        panMedianMs: median(intervals),
        panP95Ms: percentile(intervals, 95),
        panMaxMs: intervals.length ? Math.max(...intervals) : null,
        // Wall time of the gesture over the contender's own redraws: the pace the picture
        // actually follows the mouse at (the rAF median can sit at 16.7 ms while only every
        // other frame redraws).
        panMsPerRedraw: pick((r) => (r.pan?.draws ? r.pan.gestureMs / r.pan.draws : null)),
        drawMsMedian: median(draws),
        drawMsP95: percentile(draws, 95),
        filterMs: pick((r) => r.filter?.ms),
        filterFrames: pick((r) => r.filter?.frames),
        filterSetViewMs: pick((r) => r.filter?.setViewMs),
        dataReceivedMs: pick((r) => r.timeline?.dataReceivedMs),
        appStartedMs: pick((r) => r.timeline?.appStartedMs),
        dataToFirstDrawMs: pick((r) =>
          r.timeline?.dataReceivedMs != null && r.timeline?.firstDrawMs != null
            ? r.timeline.firstDrawMs - r.timeline.dataReceivedMs
            : null,
        ),
        metricsMs: pick((r) => r.metrics?.ms),
        metricsCentrality: pick((r) => r.metrics?.centralityComputed),
        layoutMsPerIter: pick((r) => r.layout?.msPerStep),
        layoutLongestSliceMs: pick((r) => r.layout?.longestSliceMs),
        layoutSwitchLayoutMs: pick((r) => r.layoutSwitch?.layoutMs),
        layoutGraph: ok.find((r) => r.layout)?.layout ?? null,
        layoutSwitchMaxFrameMs: pick((r) => r.layoutSwitch?.maxFrameMs),
        layoutSwitchFirstFrameMs: pick((r) => r.layoutSwitch?.firstFrameMs),
        layoutSwitchMaxTaskMs: pick((r) => r.layoutSwitch?.maxTaskMs),
      };
    }
  }
  if (phoneResults.length) summary.phone = aggregatePhone(phoneResults, config);
  summary.transfer = {};
  for (const contender of config.contenders) {
    const s = sizes[contender];
    if (s) summary.transfer[contender] = { gzipKB: s.gzip / 1000, brotliKB: s.brotli / 1000, rawKB: s.raw / 1000 };
  }
  return summary;
}

/** summary.phone[contender]: medians over the phone runs (lib/phone.mjs). */
function aggregatePhone(phoneResults, config) {
  const out = {};
  for (const contender of config.contenders) {
    const runs = phoneResults.filter((r) => r.contender === contender);
    const ok = runs.filter((r) => !r.failed && r.firstRenderMs != null);
    const pick = (f) => median(ok.map(f).filter((x) => x != null));
    const kB = (b) => (b == null ? null : b / 1000);
    const marks = [...new Set(ok.map((r) => r.firstRenderMark))];
    out[contender] = {
      runs: runs.length,
      failedRuns: runs.length - ok.length,
      failures: [...new Set(runs.flatMap((r) => [r.failed, ...(r.errors ?? [])]).filter(Boolean))],
      firstRenderMark: marks.join(", ") || null,
      firstRenderMs: pick((r) => r.firstRenderMs),
      bytesToFirstRenderKB: pick((r) => kB(r.bytesToFirstRender)),
      pageBytesToFirstRenderKB: pick((r) => kB(r.pageBytesToFirstRender)),
      usableMs: pick((r) => r.usableMs),
      usableRuns: ok.filter((r) => r.usableMs != null).length,
      liveDrawMs: pick((r) => r.firstDrawFrameMs),
      loadEndMs: pick((r) => r.loadEndMs),
      bytesAtLoadEndKB: pick((r) => kB(r.bytesAtLoadEnd)),
      workerBytesAtLoadEndKB: pick((r) => kB(r.workerBytesAtLoadEnd)),
      cls: pick((r) => r.cls),
      clsMax: ok.length ? Math.max(...ok.map((r) => r.cls ?? 0)) : null,
      longTasksToUsable: pick((r) => r.longTasksToUsable?.count),
      longestTaskToUsableMs: pick((r) => r.longTasksToUsable?.maxMs),
      tbtToUsableMs: pick((r) => r.longTasksToUsable?.tbtMs),
    };
  }
  return out;
}

/** The phone rows (graph G0), after the desktop ones. */
const PHONE_ROWS = [
  ["firstRenderMs", "phone slow 4G: first render (ms)"],
  ["bytesToFirstRenderKB", "phone: bytes to first render (kB)"],
  ["usableMs", "phone: usable (ms)"],
  ["cls", "phone: CLS", (v) => v.toFixed(3)],
  ["liveDrawMs", "phone: live map drawn (ms)"],
  ["bytesAtLoadEndKB", "phone: bytes at load end (kB)"],
  ["tbtToUsableMs", "phone: total blocking to usable (ms)"],
];

const ROWS = [
  ["firstRenderMs", "first render (ms)"],
  ["dataToFirstDrawMs", "first render: data received to drawn (ms)"],
  ["loadLongTasks", "load: long tasks (n)"],
  ["loadLongestTaskMs", "load: longest task (ms)"],
  ["loadTbtMs", "load: total blocking (ms)"],
  ["memoryMB", "memory after load (MB)"],
  ["panMedianMs", "pan/zoom frame median (ms)"],
  ["panP95Ms", "pan/zoom frame p95 (ms)"],
  ["panMsPerRedraw", "pan/zoom ms per redraw"],
  ["panFramesPerRun", "pan/zoom frames per run"],
  ["filterMs", "filter to painted frame (ms)"],
  ["metricsMs", "network metrics for the region card (ms)"],
  ["metricsCentrality", "network metrics: betweenness computed (1 yes, 0 over the limit)"],
  ["layoutMsPerIter", "FA2 per iteration (ms)"],
  ["layoutLongestSliceMs", "FA2 longest slice of work (ms)"],
  ["layoutSwitchLayoutMs", "layout=network switch: laid out in (ms)"],
  ["layoutSwitchMaxFrameMs", "layout=network switch: longest frame (ms)"],
];

function format(value) {
  if (value == null) return "-";
  if (typeof value === "string") return value;
  if (Number.isInteger(value)) return String(value);
  if (Math.abs(value) >= 100) return String(Math.round(value));
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function ratio(a, b) {
  if (a == null || b == null || b === 0) return null;
  return a / b;
}

/** The table's rows: [graph, metric, ...values per contender, ...ratios ours/peer]. */
export function tableRows(report) {
  const contenders = report.config.contenders;
  const peers = contenders.filter((c) => c !== "ours");
  const header = ["graph", "metric", ...contenders, ...peers.map((p) => `ours/${p}`)];
  const rows = [];
  const t = report.summary.transfer;
  for (const [key, label] of [
    ["brotliKB", "transfer brotli (kB)"],
    ["gzipKB", "transfer gzip (kB)"],
  ]) {
    const values = contenders.map((c) => t[c]?.[key] ?? null);
    rows.push(["all", label, ...values.map(format), ...peers.map((p) => format(ratio(t.ours?.[key], t[p]?.[key])))]);
  }
  const blocks = report.config.graphs.filter((g) => report.summary[g]).map((g) => [g, report.summary[g], ROWS]);
  if (report.summary.phone) blocks.push(["G0", report.summary.phone, PHONE_ROWS]);
  for (const [graph, s, metricRows] of blocks) {
    for (const [key, label, digits] of metricRows) {
      const show = (v) => (typeof v === "number" && digits ? digits(v) : format(v));
      const values = contenders.map((c) => {
        const v = s[c]?.[key];
        if (v == null && s[c]?.failedRuns === s[c]?.runs && s[c]?.runs) return "failed";
        return v;
      });
      if (values.every((v) => v == null)) continue;
      const ours = s.ours?.[key];
      rows.push([
        graph,
        label,
        ...values.map(show),
        ...peers.map((p) => format(typeof ours === "number" ? ratio(ours, s[p]?.[key]) : null)),
      ]);
    }
  }
  return { header, rows };
}

export function markdownTable(report) {
  const { header, rows } = tableRows(report);
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function printTable(report) {
  const { header, rows } = tableRows(report);
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
  console.log("");
  for (const n of report.notes) console.log(`note: ${n}`);
  console.log(`machine: ${report.machine.cpu} x${report.machine.cores}, ${report.machine.chromium}, WebGL renderer: ${report.machine.webglRenderer}`);
  console.log("");
  for (const target of report.targets) {
    console.log(`${target.met === true ? "MET    " : target.met === false ? "NOT MET" : "UNKNOWN"}  ${target.name}: ${target.detail}`);
  }
  for (const graph of [...report.config.graphs, "phone"]) {
    if (!report.summary[graph]) continue;
    for (const contender of report.config.contenders) {
      const f = report.summary[graph][contender]?.failures ?? [];
      for (const message of f.slice(0, 3)) console.log(`problem: ${graph} ${contender}: ${message}`);
    }
  }
}

/** The targets, each { name, met: true | false | null, detail }. */
export function evaluateTargets(summary) {
  const targets = [];
  const get = (g, c, k) => summary[g]?.[c]?.[k] ?? null;
  const f = (v) => (v == null ? "n/a" : format(v));
  const add = (name, met, detail) => targets.push({ name, met, detail });
  // Which parts were measured (BENCH_ONLY=phone measures no graph on the desktop).
  const desktop = ["G0", "G1", "G2"].some((g) => summary[g]);
  const t = summary.transfer;
  if (t.ours && t.sigma) {
    add(
      "transfer size <= 1.5x sigma+graphology (brotli)",
      t.ours.brotliKB <= 1.5 * t.sigma.brotliKB,
      `ours ${f(t.ours.brotliKB)} kB vs sigma+graphology ${f(t.sigma.brotliKB)} kB (limit ${f(1.5 * t.sigma.brotliKB)} kB)`,
    );
  }
  if (summary.G0) {
    const o = get("G0", "ours", "firstRenderMs");
    const s = get("G0", "sigma", "firstRenderMs");
    const c = get("G0", "cytoscape", "firstRenderMs");
    add("first render of G0 faster than sigma and Cytoscape", o != null && s != null && c != null ? o < s && o < c : null,
      `ours ${f(o)} ms, sigma ${f(s)} ms, Cytoscape ${f(c)} ms`);
    const m = get("G0", "ours", "panMedianMs");
    const p = get("G0", "ours", "panP95Ms");
    add("pan/zoom G0: median 16.7 ms and p95 < 20 ms", m != null ? m <= 16.8 && p < 20 : null,
      `median ${f(m)} ms, p95 ${f(p)} ms, ${f(get("G0", "ours", "panMsPerRedraw"))} ms per redraw`);
  }
  if (summary.G1) {
    const m = get("G1", "ours", "panMedianMs");
    add("pan/zoom G1: median <= 33 ms", m != null ? m <= 33.4 : null,
      `median ${f(m)} ms, p95 ${f(get("G1", "ours", "panP95Ms"))} ms, ${f(get("G1", "ours", "panMsPerRedraw"))} ms per redraw`);
  }
  if (desktop) {
    // Compared on the time per redraw: at G2 the peers skip frames (sigma's WebGL work queues
    // up in SwiftShader, Cytoscape re-renders its texture), so their rAF median sits at 16.7 ms
    // while the picture moves once a second.
    const details = [];
    let met = true;
    let known = false;
    for (const g of ["G0", "G1", "G2"]) {
      if (!summary[g]) continue;
      const o = get(g, "ours", "panMsPerRedraw");
      for (const peer of ["sigma", "cytoscape"]) {
        if (!summary[g][peer]) continue;
        const p = get(g, peer, "panMsPerRedraw");
        if (o == null) {
          met = false;
          details.push(`${g}: ours has no redraws`);
          continue;
        }
        known = true;
        if (p == null) continue; // the peer failed: we are better
        const better = o <= p;
        if (!better) met = false;
        details.push(`${g} vs ${peer}: ${f(o)} vs ${f(p)} ms per redraw${better ? "" : " (worse)"}`);
      }
    }
    add("pan/zoom better than both peers at every size (ms per redraw)", known ? met : null, details.join("; "));
  }
  if (summary.G0) {
    const ms = get("G0", "ours", "filterMs");
    add("filter change G0 painted in the next frame (at most 2 x 16.7 ms)", ms != null ? ms <= 2 * 16.7 + 1 : null,
      `${f(ms)} ms, drawn in frame ${f(get("G0", "ours", "filterFrames"))} after the call`);
  }
  if (summary.G2) {
    const ms = get("G2", "ours", "filterMs");
    add("filter change G2 within 50 ms", ms != null ? ms <= 50 : false, ms != null ? `${f(ms)} ms` : "no measurement (see problems)");
  }
  if (summary.G0) {
    const n = get("G0", "ours", "loadLongTasks");
    add("no main-thread task > 50 ms while G0 (the bundled data) loads", n != null ? n === 0 : null, `${f(n)} long task(s), longest ${f(get("G0", "ours", "loadLongestTaskMs"))} ms`);
  }
  if (summary.G1 && summary.G1.sigma) {
    // Memory after load (JS heap and, for the atlas, its wasm linear memory), after a GC.
    const o = get("G1", "ours", "memoryMB");
    const s = get("G1", "sigma", "memoryMB");
    add("memory at G1 <= 2x sigma's", o != null && s != null ? o <= 2 * s : null,
      `ours ${f(o)} MB (wasm ${f(get("G1", "ours", "wasmMB"))} MB), sigma ${f(s)} MB (limit ${f(s == null ? null : 2 * s)} MB)`);
  }
  if (summary.G2) {
    const tbt = get("G2", "ours", "loadTbtMs");
    add("total blocking during load < 150 ms on G2", tbt != null ? tbt < 150 : false,
      tbt != null ? `${f(tbt)} ms (longest task ${f(get("G2", "ours", "loadLongestTaskMs"))} ms)` : "no measurement (see problems)");
  }
  if (desktop) {
    const details = [];
    let met = true;
    let known = false;
    for (const g of ["G1", "G2"]) {
      if (!summary[g]) continue;
      const o = get(g, "ours", "layoutMsPerIter");
      const s = get(g, "sigma", "layoutMsPerIter");
      if (o == null || s == null) {
        details.push(`${g}: not measured`);
        continue;
      }
      known = true;
      if (o > 0.5 * s) met = false;
      details.push(`${g}: ours ${f(o)} vs graphology ${f(s)} ms/iteration (ratio ${f(o / s)})`);
    }
    add("layout <= half of graphology FA2's time per iteration (G1, G2)", known ? met : null, details.join("; "));
  }
  if (desktop) {
    // The region card's metrics (issue "Answers, not only pictures"): under a frame for the
    // bundled data; at G1 and G2 reported (G2 is over the centrality limit: partners,
    // strength and communities only).
    const o = get("G0", "ours", "metricsMs");
    const details = ["G0", "G1", "G2"]
      .filter((g) => summary[g])
      .map((g) => `${g}: ${f(get(g, "ours", "metricsMs"))} ms (betweenness ${get(g, "ours", "metricsCentrality") === 1 ? "computed" : "not computed, over the limit"})`);
    add("network metrics of the bundled data within one frame (16 ms)", o == null ? null : o <= 16, details.join("; "));
  }
  if (desktop) {
    const details = [];
    let met = true;
    let known = false;
    for (const g of ["G0", "G1", "G2"]) {
      if (!summary[g]) continue;
      // The layout runs in slices between frames: its longest slice is the longest it holds a
      // frame back. (The glide that follows draws every frame; that is drawing, not layout.)
      const slice = get(g, "ours", "layoutLongestSliceMs");
      const frame = get(g, "ours", "layoutSwitchMaxFrameMs");
      if (slice != null) {
        known = true;
        if (slice > 8) met = false;
        details.push(`${g}: longest slice ${f(slice)} ms (${f(get(g, "ours", "layoutMsPerIter"))} ms per iteration)`);
      }
      if (frame != null) {
        details.push(`${g}: longest frame ${f(frame)} ms while switching to layout=network and gliding (long task ${f(get(g, "ours", "layoutSwitchMaxTaskMs"))} ms)`);
      }
    }
    add("layout never blocks a frame > 8 ms", known ? met : null, details.join("; "));
  }
  if (summary.phone) {
    // The phone on slow 4G (lib/phone.mjs), G0: what a visitor of a regional website's embed
    // waits for and downloads before seeing the map.
    const p = summary.phone;
    const o = p.ours?.firstRenderMs ?? null;
    const s = p.sigma?.firstRenderMs ?? null;
    add(
      "phone slow 4G: first render of G0 <= 1.2x sigma's",
      o != null && s != null ? o <= 1.2 * s : null,
      `ours ${f(o)} ms (${p.ours?.firstRenderMark ?? "no mark"}), sigma ${f(s)} ms (limit ${f(s == null ? null : 1.2 * s)} ms), ` +
        `Cytoscape ${f(p.cytoscape?.firstRenderMs)} ms, canvas ${f(p.canvas?.firstRenderMs)} ms; ` +
        `ours usable at ${f(p.ours?.usableMs)} ms, live map at ${f(p.ours?.liveDrawMs)} ms`,
    );
    const ob = p.ours?.bytesToFirstRenderKB ?? null;
    const sb = p.sigma?.bytesToFirstRenderKB ?? null;
    add(
      "phone: bytes to first render <= 2x sigma's",
      ob != null && sb != null ? ob <= 2 * sb : null,
      `ours ${f(ob)} kB (the page alone ${f(p.ours?.pageBytesToFirstRenderKB)} kB, the rest by its service worker), ` +
        `sigma ${f(sb)} kB (limit ${f(sb == null ? null : 2 * sb)} kB); at load end ours ${f(p.ours?.bytesAtLoadEndKB)} kB ` +
        `(service worker ${f(p.ours?.workerBytesAtLoadEndKB)} kB), sigma ${f(p.sigma?.bytesAtLoadEndKB)} kB`,
    );
    const cls = p.ours?.cls ?? null;
    const f3 = (v) => (v == null ? "n/a" : v.toFixed(3));
    add(
      "phone: CLS < 0.1",
      cls != null ? cls < 0.1 : null,
      `ours ${f3(cls)} (largest run ${f3(p.ours?.clsMax)}), sigma ${f3(p.sigma?.cls)}, Cytoscape ${f3(p.cytoscape?.cls)}, canvas ${f3(p.canvas?.cls)}`,
    );
  }
  return targets;
}
