// `node --test tools/`: the service worker changes whenever a built file does, and lists the
// exact files of the build; the offline package allows exactly its own inline code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { serviceWorkerSource } from "./service-worker.mjs";
import { offlinePackage } from "./offline-package.mjs";

const build = {
  "index.html": "<!doctype html>",
  "alliance-atlas-0123456789abcdef.js": "export { initSync, __wbg_init as default };",
  "alliance-atlas-0123456789abcdef_bg.wasm": Buffer.from([0, 97, 115, 109]),
  "atlas-fedcba9876543210.css": "body {}",
  "start-00112233aabbccdd.js": "import init from './x.js';",
  "data/atlas.json": "{}",
  "stories/lombardy.json": "{}",
  "tools/tables-reader.js": "(function () {})();",
  "alliance-atlas-offline.html": "big",
  "sw.js": "old",
};
const listed = (source, name) => JSON.parse(source.match(new RegExp(`const ${name} = (\\[[^\\]]*\\]);`))[1]);

test("sw.js changes when any precached file changes, and only then", () => {
  const before = serviceWorkerSource(build);
  assert.equal(serviceWorkerSource({ ...build }), before);
  assert.notEqual(serviceWorkerSource({ ...build, "data/atlas.json": '{"a":1}' }), before);
  assert.notEqual(serviceWorkerSource({ ...build, "stories/lombardy.json": "{ }" }), before);
  // Neither the worker itself nor the offline package is precached or hashed.
  assert.equal(serviceWorkerSource({ ...build, "sw.js": "new", "alliance-atlas-offline.html": "x" }), before);
});

test("sw.js precaches the page as ./ and serves hashed files cache-first", () => {
  const source = serviceWorkerSource(build);
  const precache = listed(source, "PRECACHE");
  assert.ok(precache.includes("./"));
  assert.ok(!precache.includes("index.html"));
  assert.ok(!precache.includes("sw.js") && !precache.includes("alliance-atlas-offline.html"));
  assert.ok(precache.includes("data/atlas.json") && precache.includes("stories/lombardy.json"));
  // The tables reader keeps its name (no content hash): precached, then served network-first.
  assert.ok(precache.includes("tools/tables-reader.js"));
  assert.deepEqual(listed(source, "HASHED").sort(), [
    "alliance-atlas-0123456789abcdef.js",
    "alliance-atlas-0123456789abcdef_bg.wasm",
    "atlas-fedcba9876543210.css",
    "start-00112233aabbccdd.js",
  ]);
  // Relative URLs only: the atlas may live under any sub-path.
  assert.ok(precache.every((u) => !u.startsWith("/") && !u.includes("://")));
});

test("the offline package allows its own inline script and style by hash, and no connection", () => {
  const html = offlinePackage({
    glue: "function __wbg_init() {}\nexport { initSync, __wbg_init as default };",
    wasm: Buffer.from([0, 97, 115, 109]),
    css: "body { color: red }",
    data: '{"note":"</script> here"}',
    basemap: "{}",
    favicon: "data:,",
  });
  const csp = html.match(/Content-Security-Policy" content="([^"]+)"/)[1];
  const script = html.match(/<script type="module">([\s\S]*?)<\/script>/)[1];
  const style = html.match(/<style>([\s\S]*?)<\/style>/)[1];
  const hash = (t) => `'sha256-${createHash("sha256").update(t).digest("base64")}'`;
  assert.ok(csp.includes(`script-src ${hash(script)} 'wasm-unsafe-eval'`), csp);
  assert.ok(csp.includes(`style-src ${hash(style)}`), csp);
  assert.ok(csp.includes("connect-src 'none'"));
  assert.ok(script.includes("await __wbg_init({ module_or_path: bytes })"));
  // Data cannot close its block early.
  assert.equal(html.match(/<\/script>/g).length, 4);
  assert.ok(html.includes('"\\u003c/script> here"'));
});
