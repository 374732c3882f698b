// Post-build step (tools/post-build.mjs runs it last): writes sw.js,
// the service worker that keeps the atlas on the device once it has been opened with a
// network (registered by src/web/service_worker.rs).
//
// - It precaches the exact files of this build: the page (as "./"), the hashed script, wasm
//   and style sheet, the start-up script, the data, basemap and stories, the manifest, the
//   icons and the tables reader (tools/, which the page loads only when asked, so that it works
//   offline too). Not the offline package (a download of several megabytes) nor sw.js itself.
// - Its cache is named after a hash of those files' contents, so every deploy that changes
//   any of them changes sw.js: the browser installs the new worker, which takes over at once
//   and deletes the older caches of this atlas (same scope).
// - Hashed files are served cache-first; the page, data, basemap, stories and other files
//   network-first (a new version shows when online), the cached copy when the network fails
//   or hangs for a few seconds. Navigations with a query (?story=lombardy) get the page.
// - Only GETs of its own origin and scope; everything else goes to the network untouched.
// All URLs are relative to sw.js, so the atlas works under any sub-path.
//
// `serviceWorkerSource` is pure, for the tests (tools/service-worker.test.mjs).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Files of the build never precached: the worker itself and the offline package. */
export const NOT_PRECACHED = ["sw.js", "alliance-atlas-offline.html"];

/** Trunk's content hash in a file name (filehash = true): `name-0123456789abcdef.ext`. */
const HASHED_NAME = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;

/**
 * The worker's source for a build's files: `files` maps each path relative to the build
 * directory ("index.html", "data/atlas.json", ...) to its contents (a Buffer or string).
 */
export function serviceWorkerSource(files) {
  const paths = Object.keys(files)
    .filter((p) => !NOT_PRECACHED.includes(p))
    .sort();
  const hash = createHash("sha256");
  for (const p of paths) {
    hash.update(p).update("\0").update(files[p]).update("\0");
  }
  const version = hash.digest("hex").slice(0, 16);
  const url = (p) => (p === "index.html" ? "./" : p);
  const precache = paths.map(url);
  const hashed = paths.filter((p) => HASHED_NAME.test(p));
  return `// Alliance Atlas's service worker, written by tools/service-worker.mjs for this build: edit
// that, not this. Removing sw.js from the server turns it off for new visitors (see README).
const VERSION = ${JSON.stringify(version)};
const PRECACHE = ${JSON.stringify(precache, null, 2)};
const HASHED = ${JSON.stringify(hashed)};
// Caches of this atlas at this scope: another atlas on the same site keeps its own.
const PREFIX = "alliance-atlas:" + self.registration.scope + ":";
const CACHE = PREFIX + VERSION;
// How long a network that does not answer (a venue's Wi-Fi) is waited for when a copy exists.
const NETWORK_WAIT_MS = 4000;

const here = (path) => new URL(path, self.location).href;
const INDEX = here("./");
const INDEX_PATHS = [new URL(INDEX).pathname, new URL(here("index.html")).pathname];
const hashedUrls = new Set(HASHED.map(here));
const precachedUrls = new Set(PRECACHE.map(here));

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // "reload": past the browser's HTTP cache, so a new deploy gets the new files.
      await cache.addAll(PRECACHE.map((p) => new Request(p, { cache: "reload" })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;
  if (request.mode === "navigate") {
    // The page, whatever its query says; other pages (the offline package) go to the network.
    if (INDEX_PATHS.includes(url.pathname)) event.respondWith(networkFirst(request, INDEX, true));
    return;
  }
  const bare = url.origin + url.pathname;
  if (hashedUrls.has(bare)) {
    event.respondWith(cacheFirst(request));
  } else if (!url.search && precachedUrls.has(bare)) {
    event.respondWith(networkFirst(request, request, true));
  } else if (url.pathname.endsWith(".json")) {
    // A data or story file a link names (?data=, ?story=): kept once seen, for next time.
    event.respondWith(networkFirst(request, request, true));
  }
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request, key, store) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then(async (response) => {
    if (store && response.ok && response.type === "basic") await cache.put(key, response.clone());
    return response;
  });
  const cached = await cache.match(key);
  if (!cached) return network;
  const late = new Promise((resolve) => setTimeout(() => resolve(cached), NETWORK_WAIT_MS));
  const answer = network.then(
    (response) => (response.ok ? response : cached),
    () => cached,
  );
  return Promise.race([answer, late]);
}
`;
}

/** Every file under `dir`, by path relative to it with forward slashes. */
export function readBuild(dir) {
  const files = {};
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path).split(sep).join("/")] = readFileSync(path);
    }
  };
  walk(dir);
  return files;
}

/** Writes sw.js for the build in `dir`; returns its version. */
export function writeServiceWorker(dir) {
  const source = serviceWorkerSource(readBuild(dir));
  writeFileSync(join(dir, "sw.js"), source);
  const version = source.match(/VERSION = "(\w+)"/)[1];
  console.log(`service-worker: sw.js (${version}, ${source.length} bytes)`);
  return version;
}
