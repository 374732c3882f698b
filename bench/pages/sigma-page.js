// sigma.js v3 + graphology, the primary peer: the graph built from the data file, positions
// precomputed, fast line edges (EdgeLineProgram), default settings otherwise. WebGL: without a
// GPU it goes through SwiftShader (see the renderer string in the results).
(async function () {
  "use strict";
  const { loadGraph, markFirstDraw, nextFrame } = window.BenchCommon;
  const { nodes, edges, colors } = await loadGraph();
  const Graph = graphology.Graph || graphology;
  const graph = new Graph({ type: "undirected", multi: false });
  for (const n of nodes) graph.addNode(n.id, { x: n.x, y: n.y, size: 2, label: n.label, color: "#335577" });
  for (const e of edges) {
    graph.addEdgeWithKey(e.key, e.source, e.target, {
      size: 1,
      color: colors[e.sectors[0]] || "#999999",
      sectors: e.sectors,
      weight: e.ties,
    });
  }
  const renderer = new Sigma(graph, document.getElementById("graph"), {
    defaultEdgeType: "line",
    edgeProgramClasses: { line: Sigma.rendering.EdgeLineProgram },
    hideLabelsOnMove: true,
  });
  // The constructor renders synchronously.
  markFirstDraw();
  let draws = 1;
  renderer.on("afterRender", () => (draws += 1));

  function rendered() {
    return new Promise((ok) => renderer.once("afterRender", ok));
  }
  window.benchPeer = {
    name: "sigma",
    counts: () => ({ nodes: graph.order, edges: graph.size }),
    draws: () => draws,
    // Hide the edges without `sector` through an edge reducer, then wait for sigma's render
    // and one more frame.
    async filter(sector) {
      const started = performance.now();
      const done = rendered();
      renderer.setSetting("edgeReducer", (edge, attr) =>
        attr.sectors.includes(sector) ? attr : { ...attr, hidden: true },
      );
      await done;
      await nextFrame();
      return performance.now() - started;
    },
    async unfilter() {
      const done = rendered();
      renderer.setSetting("edgeReducer", null);
      await done;
    },
    graph,
  };
})();
