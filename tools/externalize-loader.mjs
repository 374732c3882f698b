// Trunk post-build hook, for running under a strict Content-Security-Policy and in sandboxed
// frames:
// - moves trunk's inline start-up <script type="module"> into its own file, so the page needs
//   no 'unsafe-inline';
// - marks the stylesheet crossorigin="anonymous": its integrity (SRI) check needs a CORS-mode
//   fetch, which a frame sandboxed without allow-same-origin (an opaque origin) would
//   otherwise refuse, leaving the atlas unstyled;
// - moves the start-up script and the wasm's preloads from the head to the end of the body: on a slow network the page's first bytes go to the first picture (the
//   map drawn at build time, in the body) and the style sheet, not to the 1 MB of wasm, which
//   the browser only needs once the page is parsed (module scripts run then anyway).
// Trunk runs it with TRUNK_STAGING_DIR set to the build's staging directory.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("externalize-loader: TRUNK_STAGING_DIR is not set (run by trunk only)");
  process.exit(1);
}
const indexPath = join(dir, "index.html");
const html = readFileSync(indexPath, "utf8");
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.error("externalize-loader: no inline module script found in index.html");
  process.exit(1);
}
const code = match[1].trim() + "\n";
const hash = createHash("sha384").update(code).digest();
const name = `start-${hash.toString("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
const tag = `<script type="module" src="./${name}" integrity="sha384-${hash.toString("base64")}"></script>`;
// Trunk's preloads (of the glue and the wasm) carry an integrity hash; index.html's own do not.
const preloads = /<link rel="(?:modulepreload|preload)"[^>]*integrity[^>]*>\s*/g;
const late = [...html.matchAll(preloads)].map((m) => m[0].trim());
if (late.length !== 2 || !html.includes("</body>")) {
  console.error("externalize-loader: expected trunk's two preloads and a </body> in index.html");
  process.exit(1);
}
const withCors = html
  .replace(inline, "")
  .replace(preloads, "")
  .replace("</body>", `  ${tag}\n    ${late.join("\n    ")}\n  </body>`)
  .replace(/<link rel="stylesheet"(?![^>]*crossorigin)/g, '<link rel="stylesheet" crossorigin="anonymous"');
writeFileSync(indexPath, withCors);
console.log(`externalize-loader: ${name}`);
