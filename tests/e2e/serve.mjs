// A small static server for the built app, on loopback only.
//
//   node tests/e2e/serve.mjs [--dir dist] [--port 4173] [--base /] [--mount /host/=DIR]
//                            [--csp] [--cors] [--no-wasm-mount /locked/=DIR]
//
// Serves `dir` under the URL prefix `base` (so the app can be tested under a sub-path such as
// /atlas/), and each `--mount PREFIX=DIR` under its prefix, with correct MIME types
// (application/wasm) and no caching. `--csp` sends the Content-Security-Policy that
// docs/embedding.md recommends on the atlas's pages; `--cors` sends
// `Access-Control-Allow-Origin: *`, which a frame sandboxed without allow-same-origin needs to
// load the atlas's own scripts and data. `--no-wasm-mount PREFIX=DIR` serves DIR under PREFIX
// with a host's site-wide policy that forgets 'wasm-unsafe-eval' (on its HTML), to test what the
// atlas says then. Used by the end-to-end tests and `make shots`.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { CONTENT_TYPES, fileUnderMounts } from "../../tools/static-files.mjs";

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
};
const flag = (name) => argv.includes(`--${name}`);
const withSlash = (p) => p.replace(/\/?$/, "/");

const port = Number(option("port", 4173));
const mounts = [[withSlash(option("base", "/")), resolve(option("dir", "dist"))]];
const noWasmPrefixes = new Set();
argv.forEach((arg, i) => {
  if (arg === "--mount" || arg === "--no-wasm-mount") {
    const [prefix, dir] = argv[i + 1].split("=");
    mounts.unshift([withSlash(prefix), resolve(dir)]);
    if (arg === "--no-wasm-mount") noWasmPrefixes.add(withSlash(prefix));
  }
});
/** A host's site-wide policy, strict but without 'wasm-unsafe-eval'. */
export const NO_WASM_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";
const sendCsp = flag("csp");
const cors = flag("cors");

async function fileFor(urlPath) {
  const found = await fileUnderMounts(mounts, urlPath);
  return found && { path: found.path, atlas: found.prefix === mounts.at(-1)[0], noWasm: noWasmPrefixes.has(found.prefix) };
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  const redirect = mounts.find(([prefix]) => prefix !== "/" && url.pathname === prefix.replace(/\/$/, ""));
  if (redirect) {
    res.writeHead(301, { Location: redirect[0] + url.search });
    res.end();
    return;
  }
  const found = await fileFor(url.pathname);
  const headers = { "Cache-Control": "no-store" };
  if (cors) headers["Access-Control-Allow-Origin"] = "*";
  if (!found) {
    res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
    res.end("not found");
    return;
  }
  try {
    const body = await readFile(found.path);
    const type = CONTENT_TYPES[extname(found.path)] ?? "application/octet-stream";
    if (sendCsp && found.atlas && type.startsWith("text/html")) headers["Content-Security-Policy"] = CSP;
    if (found.noWasm && type.startsWith("text/html")) headers["Content-Security-Policy"] = NO_WASM_CSP;
    res.writeHead(200, { ...headers, "Content-Type": type });
    res.end(body);
  } catch {
    res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
    res.end("not found");
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`serving on http://127.0.0.1:${port}: ${mounts.map(([p, d]) => `${p} -> ${d}`).join(", ")}`);
});
