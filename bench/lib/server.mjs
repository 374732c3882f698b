// A static server for the benchmark, on 127.0.0.1 only, on a free port.
//
//   /app/...         the atlas's release build (dist/)
//   /peers/...       bench/pages: the sigma.js, Cytoscape.js and plain Canvas 2D pages
//   /peers/lib/...   the peers' shipped .min.js files from bench/node_modules (an allow-list),
//                    and fa2.js, graphology-layout-forceatlas2 bundled by lib/cjs-bundle.mjs
//   /data/...        the graphs (bench/data/G0.json, G1.json, G2.json)
//
// Nothing is compressed or cached: every context starts cold, and loopback makes transfer
// time negligible (transfer size is reported separately, see lib/sizes.mjs).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { CONTENT_TYPES, fileUnderMounts } from "../../tools/static-files.mjs";

/** The peers' library files the pages may load, by URL name. */
export function peerLibraries(benchDir) {
  const nm = join(benchDir, "node_modules");
  return {
    "sigma.min.js": join(nm, "sigma/dist/sigma.min.js"),
    "graphology.umd.min.js": join(nm, "graphology/dist/graphology.umd.min.js"),
    "cytoscape.min.js": join(nm, "cytoscape/dist/cytoscape.min.js"),
  };
}

/**
 * Starts the server. `generated` maps extra URL paths to strings built in memory (fa2.js).
 * Returns { url, close }.
 */
export async function startServer({ distDir, benchDir, dataDir, generated = {} }) {
  const libs = peerLibraries(benchDir);
  const mounts = [
    ["/app/", distDir],
    ["/peers/", join(benchDir, "pages")],
    ["/data/", dataDir],
  ];
  async function resolvePath(urlPath) {
    if (urlPath.startsWith("/peers/lib/")) {
      const name = urlPath.slice("/peers/lib/".length);
      return libs[name] ?? null;
    }
    return (await fileUnderMounts(mounts, urlPath))?.path ?? null;
  }
  const server = createServer(async (req, res) => {
    const urlPath = new URL(req.url, "http://127.0.0.1").pathname;
    const headers = { "Cache-Control": "no-store" };
    if (urlPath in generated) {
      res.writeHead(200, { ...headers, "Content-Type": CONTENT_TYPES[extname(urlPath)] });
      res.end(generated[urlPath]);
      return;
    }
    const path = await resolvePath(urlPath);
    if (!path) {
      res.writeHead(404, headers);
      res.end("not found");
      return;
    }
    try {
      const body = await readFile(path);
      res.writeHead(200, {
        ...headers,
        "Content-Type": CONTENT_TYPES[extname(path)] ?? "application/octet-stream",
        "Content-Length": body.length,
      });
      res.end(body);
    } catch {
      res.writeHead(404, headers);
      res.end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
