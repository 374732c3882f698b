// A static server for the benchmark, on 127.0.0.1 only, on a free port.
//
//   /app/...         the atlas's release build (dist/)
//   /peers/...       bench/pages: the sigma.js, Cytoscape.js and plain Canvas 2D pages
//   /peers/lib/...   the peers' shipped .min.js files from bench/node_modules (an allow-list),
//                    and fa2.js, graphology-layout-forceatlas2 bundled by lib/cjs-bundle.mjs
//   /data/...        the graphs (bench/data/G0.json, G1.json, G2.json)
//
// Nothing is cached, so every context starts cold. By default nothing is compressed either:
// loopback makes transfer time negligible (transfer size is reported separately, see
// lib/sizes.mjs). With `compress: true` (the phone measurements, where the network is
// throttled) it answers as an ordinary host would, by the request's Accept-Encoding: brotli
// for the atlas's files under /app/ (its release ships precompressed .br and .gz copies, made
// by tools/precompress.mjs, which is used here too), gzip -9 for everything else compressible
// (the peers' npm packages ship no .br files, and a host compresses their .js with gzip).
// Compressed bodies are made once per file and kept in memory.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { CONTENT_TYPES, fileUnderMounts } from "../../tools/static-files.mjs";
import { compressedCopies, isCompressible } from "../../tools/precompress.mjs";

const gzipAsync = promisify(gzip);

/** The peers' library files the pages may load, by URL name. */
export function peerLibraries(benchDir) {
  const nm = join(benchDir, "node_modules");
  return {
    "sigma.min.js": join(nm, "sigma/dist/sigma.min.js"),
    "graphology.umd.min.js": join(nm, "graphology/dist/graphology.umd.min.js"),
    "cytoscape.min.js": join(nm, "cytoscape/dist/cytoscape.min.js"),
  };
}

/** The encodings an Accept-Encoding header accepts (q=0 refuses). */
function accepted(header) {
  const set = new Set();
  for (const part of String(header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) set.add(name);
  }
  return set;
}

/**
 * Starts the server. `generated` maps extra URL paths to strings built in memory (fa2.js).
 * `compress` turns on compression by Accept-Encoding (see above). Returns
 * { url, close, log }, where `log` lists every response: { path, encoding, bytes, at }.
 */
export async function startServer({ distDir, benchDir, dataDir, generated = {}, compress = false }) {
  const libs = peerLibraries(benchDir);
  const mounts = [
    ["/app/", distDir],
    ["/peers/", join(benchDir, "pages")],
    ["/data/", dataDir],
  ];
  // Per URL path: a promise of { br?, gzip? } (each only where smaller than the file).
  const compressed = new Map();
  const log = [];
  function compressedBodies(urlPath, name, body) {
    if (!compressed.has(urlPath)) {
      compressed.set(
        urlPath,
        (async () => {
          if (!isCompressible(name)) return {};
          if (urlPath.startsWith("/app/")) {
            // Exactly what the release puts beside each file: brotli -q 11 and gzip -9.
            const copies = compressedCopies(name, body);
            return {
              br: copies.find((c) => c.name.endsWith(".br"))?.data,
              gzip: copies.find((c) => c.name.endsWith(".gz"))?.data,
            };
          }
          const gz = await gzipAsync(body, { level: 9 });
          return { gzip: gz.length < body.length ? gz : undefined };
        })(),
      );
    }
    return compressed.get(urlPath);
  }
  async function resolvePath(urlPath) {
    if (urlPath.startsWith("/peers/lib/")) {
      const name = urlPath.slice("/peers/lib/".length);
      return libs[name] ?? null;
    }
    return (await fileUnderMounts(mounts, urlPath))?.path ?? null;
  }
  async function send(req, res, urlPath, name, body) {
    const headers = {
      "Cache-Control": "no-store",
      "Content-Type": CONTENT_TYPES[extname(name)] ?? "application/octet-stream",
    };
    let encoding = null;
    if (compress) {
      headers.Vary = "Accept-Encoding";
      const bodies = await compressedBodies(urlPath, name, body);
      const accepts = accepted(req.headers["accept-encoding"]);
      encoding = bodies.br && accepts.has("br") ? "br" : bodies.gzip && accepts.has("gzip") ? "gzip" : null;
      if (encoding) {
        headers["Content-Encoding"] = encoding;
        body = bodies[encoding];
      }
    }
    headers["Content-Length"] = body.length;
    log.push({ path: urlPath, encoding, bytes: body.length, at: Date.now() });
    res.writeHead(200, headers);
    res.end(body);
  }
  const server = createServer(async (req, res) => {
    const urlPath = new URL(req.url, "http://127.0.0.1").pathname;
    try {
      if (urlPath in generated) {
        await send(req, res, urlPath, urlPath, Buffer.from(generated[urlPath]));
        return;
      }
      const path = await resolvePath(urlPath);
      if (!path) {
        res.writeHead(404, { "Cache-Control": "no-store" });
        res.end("not found");
        return;
      }
      await send(req, res, urlPath, path, await readFile(path));
    } catch {
      if (!res.headersSent) res.writeHead(404, { "Cache-Control": "no-store" });
      res.end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections?.();
      }),
  };
}
