// Post-build step (tools/post-build.mjs runs it): writes alliance-atlas-offline.html,
// the whole atlas as one file that runs when opened from a disk or a USB stick (file://),
// with no network and no web server.
//
// Browsers refuse module scripts and fetches from file:// pages, but not inline code, so:
// - the style sheet is inlined in a <style>;
// - the bundled data and the basemap are inline <script type="application/json"> blocks,
//   which src/boot/loader.rs reads before fetching anything (the stories are in the wasm);
// - the wasm is an inline base64 block, and the wasm-bindgen glue runs in an inline
//   <script type="module"> that hands the bytes to its init function.
// Its Content-Security-Policy allows exactly those inline script and style by hash, and no
// connection at all.
//
// `offlinePackage` is pure, for the tests.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const PACKAGE_NAME = "alliance-atlas-offline.html";

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** JSON that cannot end its <script> block: every "<" (only ever inside strings) escaped. */
const inlineJson = (text) => JSON.stringify(JSON.parse(text)).replaceAll("<", "\\u003c");

/** Code that can sit in an inline <script> or <style> as it is, or an error. */
function inlineCode(code, what) {
  if (/<\/(script|style)|<!--/i.test(code)) {
    throw new Error(`offline-package: the ${what} contains "</script", "</style" or "<!--"`);
  }
  return code;
}

/**
 * The package's HTML from the build's parts: `glue` (the wasm-bindgen JS), `wasm` (bytes),
 * `css`, `data` and `basemap` (JSON text), and `favicon` (the page's icon URL, a data: URL).
 */
export function offlinePackage({ glue, wasm, css, data, basemap, favicon }) {
  const init = glue.match(/export\s*\{[^}]*\b(\w+) as default\b[^}]*\}/);
  if (!init) throw new Error("offline-package: the wasm-bindgen glue has no default export");
  const start = `
// Alliance Atlas, offline package: the wasm's bytes come from the page, not the network.
{
  const text = document.getElementById("atlas-wasm").textContent.trim();
  let bytes;
  if (typeof Uint8Array.fromBase64 === "function") {
    bytes = Uint8Array.fromBase64(text);
  } else {
    const binary = atob(text);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  }
  await ${init[1]}({ module_or_path: bytes });
}
`;
  const script = `\n${inlineCode(glue, "wasm-bindgen glue")}\n${start}`;
  const style = `\n${inlineCode(css, "style sheet")}\n`;
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(style)}`,
    "img-src data: blob:",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <meta name="description" content="Alliance Atlas, offline: the atlas, its data and its stories in one file, for use with no network." />
    <title>Alliance Atlas: Europe's regional alliances (offline)</title>
    <link rel="icon" href="${favicon}" />
    <style>${style}</style>
  </head>
  <body>
    <div id="boot-message" class="boot-message" role="status">
      <h1>Alliance Atlas has not started</h1>
      <p>
        This file holds the whole atlas and runs with no network, in a current Chromium, Chrome,
        Edge or Firefox with JavaScript on. If nothing appears, this browser refused to run it
        from a file: open it in one of those, or serve it with a web server.
      </p>
    </div>
    <noscript>
      <p class="noscript">Alliance Atlas needs JavaScript and WebAssembly to draw the map.</p>
    </noscript>
    <script type="application/json" id="atlas-data">${inlineJson(data)}</script>
    <script type="application/json" id="atlas-basemap">${inlineJson(basemap)}</script>
    <script type="application/octet-stream" id="atlas-wasm">${Buffer.from(wasm).toString("base64")}</script>
    <script type="module">${script}</script>
  </body>
</html>
`;
}

/** The one file in `dir` whose name matches `pattern`, or an error. */
function only(dir, pattern) {
  const found = readdirSync(dir).filter((name) => pattern.test(name));
  if (found.length !== 1) {
    throw new Error(`offline-package: expected one file like ${pattern} in the build, found ${found.length}`);
  }
  return join(dir, found[0]);
}

/** Writes the offline package for the build in `dir` (after externalize-loader.mjs). */
export function writeOfflinePackage(dir) {
  const read = (path) => readFileSync(path, "utf8");
  const index = read(join(dir, "index.html"));
  const favicon = index.match(/<link rel="icon" href="(data:[^"]+)"/)?.[1];
  if (!favicon) throw new Error("offline-package: index.html has no data: icon");
  const html = offlinePackage({
    glue: read(only(dir, /^alliance-atlas-[0-9a-f]+\.js$/)),
    wasm: readFileSync(only(dir, /^alliance-atlas-[0-9a-f]+_bg\.wasm$/)),
    css: read(only(dir, /\.css$/)),
    data: read(join(dir, "data/atlas.json")),
    basemap: read(join(dir, "basemap/europe.json")),
    favicon,
  });
  writeFileSync(join(dir, PACKAGE_NAME), html);
  console.log(`offline-package: ${PACKAGE_NAME} (${html.length} bytes)`);
}
