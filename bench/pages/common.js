// Shared by the peer pages: loads the atlas data file named by ?data= with fetch and turns it
// into nodes and pair edges exactly as the atlas draws them with draw=pairs:
// - nodes: every region, placed by one simple projection (equirectangular around 50°N);
// - edges: one per pair of regions, merged over every agreement between them (all pairs of its
//   parties) and every network both belonged to at overlapping times; an edge carries the
//   union of its ties' sectors and how many ties it stands for.
// Also the page's side of the measurements (window.benchPeer, performance marks).
(function () {
  "use strict";
  const K = 100; // projected units per degree of latitude
  const COS = Math.cos((50 * Math.PI) / 180);

  function year(date) {
    return date ? Number(String(date).slice(0, 4)) : null;
  }

  function project(lat, lon) {
    return { x: lon * COS * K, y: -lat * K };
  }

  async function loadGraph() {
    const params = new URLSearchParams(location.search);
    const url = params.get("data");
    const started = performance.now();
    const response = await fetch(url);
    const data = await response.json();
    const parsed = performance.now();
    const colors = {};
    for (const s of data.sectors) colors[s.id] = s.color;
    const nodes = data.regions.map((r) => ({ id: r.id, label: (r.names && r.names.en) || r.id, ...project(r.lat, r.lon) }));
    const edgeMap = new Map();
    function tie(a, b, sectors) {
      if (a === b) return;
      const [s, t] = a < b ? [a, b] : [b, a];
      const key = s + "|" + t;
      let e = edgeMap.get(key);
      if (!e) {
        e = { key, source: s, target: t, sectors: [], ties: 0 };
        edgeMap.set(key, e);
      }
      e.ties += 1;
      for (const x of sectors) if (!e.sectors.includes(x)) e.sectors.push(x);
    }
    for (const a of data.agreements) {
      for (let i = 0; i < a.parties.length; i++)
        for (let j = i + 1; j < a.parties.length; j++) tie(a.parties[i], a.parties[j], a.sectors);
    }
    for (const n of data.networks) {
      const end = year(n.ended) ?? Infinity;
      const spans = n.members.map((m) => ({
        region: m.region,
        from: year(m.joined),
        to: Math.min(year(m.left) ?? Infinity, end),
      }));
      const seen = new Set(); // one tie per network and pair, however often they overlapped
      for (let i = 0; i < spans.length; i++)
        for (let j = i + 1; j < spans.length; j++) {
          const p = spans[i];
          const q = spans[j];
          const key = p.region < q.region ? p.region + "|" + q.region : q.region + "|" + p.region;
          if (p.region !== q.region && p.from <= q.to && q.from <= p.to && !seen.has(key)) {
            seen.add(key);
            tie(p.region, q.region, n.sectors);
          }
        }
    }
    const edges = [...edgeMap.values()];
    return { nodes, edges, colors, fetchParseMs: parsed - started, buildMs: performance.now() - parsed };
  }

  function markFirstDraw() {
    if (!performance.getEntriesByName("bench:first-draw").length) performance.mark("bench:first-draw");
  }

  function nextFrame() {
    return new Promise((ok) => requestAnimationFrame(() => ok()));
  }

  window.BenchCommon = { loadGraph, markFirstDraw, nextFrame, project };
})();
