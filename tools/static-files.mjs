// What the two loopback static servers share (tests/e2e/serve.mjs for the end-to-end tests and
// `make shots`, bench/lib/server.mjs for the benchmark): content types, and finding the file
// for a URL path under a list of mounts without ever leaving their directories.
import { stat } from "node:fs/promises";
import { join, normalize } from "node:path";

export const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * The file for `urlPath` under the first of `mounts` (pairs of URL prefix and absolute
 * directory) whose prefix it starts with: `{ path, prefix }`, a directory meaning its
 * index.html; null when there is none or the path would leave the directory.
 */
export async function fileUnderMounts(mounts, urlPath) {
  for (const [prefix, root] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const relative = decodeURIComponent(urlPath.slice(prefix.length)) || "index.html";
    const path = normalize(join(root, relative));
    if (!path.startsWith(root)) return null;
    try {
      const info = await stat(path);
      return { path: info.isDirectory() ? join(path, "index.html") : path, prefix };
    } catch {
      return null;
    }
  }
  return null;
}
