// Cytoscape.js with its canvas renderer, tuned as its performance guide suggests: haystack
// edges, no opacity, textureOnViewport (a bitmap of the graph moves while panning or zooming),
// labels hidden while the viewport moves. Positions are precomputed (preset layout).
(async function () {
  "use strict";
  const { loadGraph, markFirstDraw, nextFrame } = window.BenchCommon;
  const { nodes, edges, colors } = await loadGraph();
  const elements = [];
  for (const n of nodes) elements.push({ group: "nodes", data: { id: n.id, label: n.label }, position: { x: n.x, y: n.y } });
  for (const e of edges) {
    elements.push({
      group: "edges",
      data: { id: e.key, source: e.source, target: e.target, sectors: e.sectors, color: colors[e.sectors[0]] || "#999999" },
    });
  }
  const container = document.getElementById("graph");
  let first = true;
  let draws = 0;
  const cy = cytoscape({
    container,
    elements,
    layout: { name: "preset" },
    textureOnViewport: true,
    hideLabelsOnViewport: true,
    motionBlur: false,
    style: [
      { selector: "node", style: { width: 4, height: 4, "background-color": "#335577", label: "", events: "yes" } },
      { selector: "edge", style: { "curve-style": "haystack", "haystack-radius": 0, width: 1, "line-color": "data(color)" } },
      { selector: "edge.off", style: { display: "none" } },
    ],
  });
  cy.on("render", () => {
    draws += 1;
    if (first) {
      first = false;
      markFirstDraw();
    }
  });
  function rendered() {
    return new Promise((ok) => cy.one("render", ok));
  }
  window.benchPeer = {
    name: "cytoscape",
    counts: () => ({ nodes: cy.nodes().length, edges: cy.edges().length }),
    draws: () => draws,
    // Hide the edges without `sector` with a class, in one batch, then wait for Cytoscape's
    // render and one more frame.
    async filter(sector) {
      const started = performance.now();
      const done = rendered();
      cy.batch(() => {
        cy.edges().forEach((edge) => {
          if (!edge.data("sectors").includes(sector)) edge.addClass("off");
        });
      });
      await done;
      await nextFrame();
      return performance.now() - started;
    },
    async unfilter() {
      const done = rendered();
      cy.batch(() => cy.edges().removeClass("off"));
      await done;
    },
    cy,
  };
})();
