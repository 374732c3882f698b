// Transfer size of each contender without its data: every file its page loads, compressed one
// by one as a server would send it (gzip -9 and brotli -q 11), summed.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { peerLibraries } from "./server.mjs";

function compressed(path) {
  const body = readFileSync(path);
  return {
    file: path,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
}

function total(files) {
  const sum = (k) => files.reduce((s, f) => s + f[k], 0);
  return { raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli"), files };
}

/** { ours, sigma, cytoscape, canvas, extra: { basemap, fa2 } } in bytes. */
export function transferSizes({ distDir, benchDir, fa2Source }) {
  // Not alliance-atlas-offline.html: the whole atlas in one file for opening from a disk, a
  // download that the page never loads.
  const dist = readdirSync(distDir).filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== "alliance-atlas-offline.html");
  const libs = peerLibraries(benchDir);
  const page = (name) => [
    compressed(join(benchDir, "pages", `${name}.html`)),
    compressed(join(benchDir, "pages", `${name}-page.js`)),
    compressed(join(benchDir, "pages", "common.js")),
    compressed(join(benchDir, "pages", "peer.css")),
  ];
  const fa2Body = Buffer.from(fa2Source);
  return {
    ours: total(dist.map((f) => compressed(join(distDir, f)))),
    sigma: total([compressed(libs["sigma.min.js"]), compressed(libs["graphology.umd.min.js"]), ...page("sigma")]),
    cytoscape: total([compressed(libs["cytoscape.min.js"]), ...page("cytoscape")]),
    canvas: total(page("canvas")),
    extra: {
      // The atlas also loads its basemap (country outlines), which the peers do not draw.
      basemap: compressed(join(distDir, "basemap", "europe.json")),
      // graphology-layout-forceatlas2 as bundled by lib/cjs-bundle.mjs (not minified).
      fa2: {
        raw: fa2Body.length,
        gzip: gzipSync(fa2Body, { level: 9 }).length,
        brotli: brotliCompressSync(fa2Body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      },
    },
  };
}
