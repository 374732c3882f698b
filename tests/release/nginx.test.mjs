// The release archive as a web team receives it: unpacked, served by Debian's nginx with the
// configuration it ships (only its folder filled in), and opened in Chromium.
//
//   node --test tests/release/     (make test-release, after make release)
//
// Two nginx servers on loopback: the configuration as shipped (gzip copies, since nginx
// refuses brotli_static without its module), and the same with its `brotli_static on;` line
// uncommented and Debian's brotli module loaded, as the configuration says to do. A third
// server block is a host site on another port that frames the atlas, sandboxed without
// allow-same-origin. Ports TEST_RELEASE_PORT (4375) to +2.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir, userInfo } from "node:os";
import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { workspaceVersion } from "../../tools/release.mjs";
import { isCompressible } from "../../tools/precompress.mjs";

const ROOT = resolve(fileURLToPath(import.meta.url), "../../..");
const VERSION = workspaceVersion(readFileSync(join(ROOT, "Cargo.toml"), "utf8"));
const ARCHIVE = process.env.RELEASE_ARCHIVE ?? join(ROOT, `target/release-archive/alliance-atlas-${VERSION}.zip`);
const NGINX = process.env.NGINX ?? "/usr/sbin/nginx";
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
const PORT = Number(process.env.TEST_RELEASE_PORT ?? 4375);
const GZIP_PORT = PORT;
const BROTLI_PORT = PORT + 1;
const HOST_PORT = PORT + 2;
/** The folder the shipped configurations name, which the web team replaces with theirs. */
const SHIPPED_FOLDER = "/var/www/alliance-atlas/site/";
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;
const CSP = readFileSync(join(ROOT, "index.html"), "utf8").match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];

let work; // the temporary folder: the unpacked archive, nginx's files
let top; // work/alliance-atlas-VERSION
let site; // top/site
let names; // the archive's file names
const servers = [];
// nginx runs in the foreground as this process's child; never leave one behind on the port.
process.on("exit", () => servers.forEach((child) => child.kill("SIGTERM")));

/** Every file under `dir`, relative, with forward slashes. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((p) => statSync(join(dir, p)).isFile())
    .map((p) => p.split(sep).join("/"));
}

/** nginx's own configuration around the shipped one; `brotli`: load the module, uncomment it. */
function writeNginx(name, port, { brotli }) {
  const prefix = join(work, name);
  for (const d of ["", "temp", "temp/body", "temp/proxy", "temp/fastcgi", "temp/uwsgi", "temp/scgi"]) {
    mkdirSync(join(prefix, d), { recursive: true });
  }
  let atlas = readFileSync(join(top, "server/nginx.conf"), "utf8");
  const alias = `alias ${SHIPPED_FOLDER};`;
  assert.equal(atlas.split(alias).length, 2, `server/nginx.conf has one "${alias}"`);
  atlas = atlas.replace(alias, `alias ${site}/;`);
  if (brotli) {
    assert.match(atlas, /^ *# brotli_static on;$/m, "server/nginx.conf has a commented brotli_static line");
    atlas = atlas.replace(/^( *)# brotli_static on;$/m, "$1brotli_static on;");
  }
  writeFileSync(join(prefix, "alliance-atlas.conf"), atlas);
  // As root, nginx's workers run as nobody (with nobody's own group: Debian has no group "nobody").
  const user = userInfo().uid === 0 ? `user nobody ${execFileSync("id", ["-gn", "nobody"], { encoding: "utf8" }).trim()};` : "";
  const hostPage = join(work, "host");
  writeFileSync(
    join(prefix, "nginx.conf"),
    `# Written by tests/release/nginx.test.mjs around the release's server/nginx.conf.
${user}
${brotli ? `load_module ${BROTLI_MODULE};` : ""}
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
    access_log ${prefix}/access.log;
    client_body_temp_path ${prefix}/temp/body;
    proxy_temp_path ${prefix}/temp/proxy;
    fastcgi_temp_path ${prefix}/temp/fastcgi;
    uwsgi_temp_path ${prefix}/temp/uwsgi;
    scgi_temp_path ${prefix}/temp/scgi;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        include ${prefix}/alliance-atlas.conf;
    }
    ${
      brotli
        ? ""
        : `server {
        listen 127.0.0.1:${HOST_PORT};
        server_name localhost;
        root ${hostPage};
        default_type text/html;
        add_header Content-Security-Policy "default-src 'self'; img-src data:; frame-src http://127.0.0.1:${port}" always;
    }`
    }
}
`,
  );
  return prefix;
}

async function startNginx(name, port, options) {
  const prefix = writeNginx(name, port, options);
  const args = ["-e", join(prefix, "error.log"), "-p", prefix, "-c", join(prefix, "nginx.conf")];
  const check = spawnSync(NGINX, [...args, "-t"], { encoding: "utf8" });
  assert.equal(check.status, 0, `nginx -t refuses the configuration (${name}):\n${check.stderr}`);
  const child = spawn(NGINX, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  servers.push(child);
  for (let i = 0; i < 100; i++) {
    try {
      await get(port, "/atlas/sw.js");
      return;
    } catch {
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const log = existsSync(join(prefix, "error.log")) ? readFileSync(join(prefix, "error.log"), "utf8") : "";
  throw new Error(`nginx (${name}) did not answer on 127.0.0.1:${port}:\n${stderr}${log}`);
}

/** A raw GET (no decompression): status, headers, body bytes. */
function get(port, path, headers = {}) {
  return new Promise((resolvePromise, reject) => {
    const req = request({ host: "127.0.0.1", port, path, headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolvePromise({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.setTimeout(5000, () => req.destroy(new Error(`GET ${path}: no answer in 5 s`)));
    req.end();
  });
}

before(async () => {
  assert.ok(existsSync(ARCHIVE), `${ARCHIVE} is missing: run make release first`);
  assert.ok(existsSync(NGINX), `${NGINX} is missing: run tools/setup.sh test (installs Debian's nginx)`);
  work = mkdtempSync(join(tmpdir(), "atlas-release-"));
  chmodSync(work, 0o755); // nginx's workers (nobody, when run as root) read the site from here
  names = execFileSync("unzip", ["-Z1", ARCHIVE], { encoding: "utf8" }).trim().split("\n");
  execFileSync("unzip", ["-q", ARCHIVE, "-d", work]);
  top = join(work, `alliance-atlas-${VERSION}`);
  site = join(top, "site");
  mkdirSync(join(work, "host"));
  writeFileSync(
    join(work, "host/index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A regional site</title></head><body>
<iframe id="atlas" src="http://127.0.0.1:${GZIP_PORT}/atlas/?embed=1&amp;region=ITC4" title="Alliance Atlas"
  sandbox="allow-scripts" width="1000" height="700"></iframe></body></html>`,
  );
  await startNginx("nginx-gzip", GZIP_PORT, { brotli: false });
  if (existsSync(BROTLI_MODULE)) await startNginx("nginx-brotli", BROTLI_PORT, { brotli: true });
});

after(() => {
  for (const child of servers) child.kill("SIGTERM");
  if (work && !process.env.KEEP_RELEASE_TEST) rmSync(work, { recursive: true, force: true });
});

test("the archive holds the whole build, its compressed copies, the configurations, the licences and the changelog", () => {
  const prefix = `alliance-atlas-${VERSION}/`;
  assert.ok(names.every((n) => n.startsWith(prefix)), "one top folder");
  for (const doc of [
    "README-hosts.md",
    "server/nginx.conf",
    "server/apache.htaccess",
    "server/Caddyfile",
    "LICENSE-MIT",
    "LICENSE-APACHE",
    "LICENSE-DATA.md",
    "CHANGELOG.md",
  ]) {
    assert.ok(names.includes(prefix + doc), `${doc} is in the archive`);
  }
  const readme = readFileSync(join(top, "README-hosts.md"), "utf8");
  assert.ok(readme.includes(`Alliance Atlas ${VERSION}`) && !readme.includes("@VERSION@"), "the README names the version");
  assert.match(readFileSync(join(top, "CHANGELOG.md"), "utf8"), new RegExp(`^## ${VERSION.replaceAll(".", "\\.")} `, "m"));

  // Every file of the build (the embed script too, where the build has one), and beside each
  // text and wasm file a .gz (and .br) copy with the same time, which decompresses to it.
  const built = filesUnder(join(ROOT, "dist"));
  const shipped = new Set(filesUnder(site));
  for (const file of built) assert.ok(shipped.has(file), `dist/${file} is in site/`);
  assert.ok(built.some((f) => /_bg\.wasm$/.test(f)));
  for (const file of built.filter(isCompressible)) {
    const path = join(site, file);
    if (statSync(path).size < 1024) continue; // a tiny file may not shrink
    for (const suffix of [".gz", ".br"]) {
      assert.ok(shipped.has(file + suffix), `site/${file}${suffix} is in the archive`);
      assert.equal(statSync(path + suffix).mtimeMs, statSync(path).mtimeMs, `${file}${suffix} has its original's time`);
    }
  }
  const wasm = built.find((f) => f.endsWith("_bg.wasm"));
  assert.ok(names.includes(`${prefix}site/${wasm}.gz`) && names.includes(`${prefix}site/${wasm}.br`));
});

test("Chromium runs the atlas from the shipped nginx configuration, with compressed, well-cached answers", async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    const responses = new Map();
    page.on("response", async (r) => responses.set(new URL(r.url()).pathname, { status: r.status(), headers: await r.allHeaders() }));

    const base = `http://127.0.0.1:${GZIP_PORT}/atlas/`;
    await page.goto(base);
    await page.locator("p.status[role=status]").filter({ hasText: "agreements" }).waitFor({ timeout: 30_000 });
    // The service worker installs only if every file it keeps was served.
    assert.equal(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active !== null)), true);
    assert.deepEqual(problems, [], "no error in the console");

    const pageAnswer = responses.get("/atlas/");
    assert.equal(pageAnswer.status, 200);
    assert.match(pageAnswer.headers["content-type"], /^text\/html; charset=utf-8$/);
    assert.equal(pageAnswer.headers["cache-control"], "no-cache");
    assert.equal(pageAnswer.headers["content-security-policy"], CSP);
    assert.match(pageAnswer.headers["content-encoding"] ?? "", /^(gzip|br)$/);

    const hashed = [...responses.keys()].filter((p) => HASHED.test(p));
    assert.ok(hashed.some((p) => p.endsWith("_bg.wasm")) && hashed.some((p) => p.endsWith(".css")) && hashed.some((p) => p.endsWith(".js")), `hashed files loaded: ${hashed}`);
    for (const path of hashed) {
      const { status, headers } = responses.get(path);
      assert.equal(status, 200, path);
      assert.match(headers["content-encoding"] ?? "", /^(gzip|br)$/, `${path} came compressed`);
      assert.equal(headers["cache-control"], "public, max-age=31536000, immutable", path);
      assert.equal(headers["vary"], "Accept-Encoding", path);
      assert.equal(headers["access-control-allow-origin"], "*", path);
      assert.equal(headers["x-content-type-options"], "nosniff", path);
    }
    const wasm = hashed.find((p) => p.endsWith("_bg.wasm"));
    assert.equal(responses.get(wasm).headers["content-type"], "application/wasm");
    const data = responses.get("/atlas/data/atlas.json");
    assert.equal(data.headers["cache-control"], "no-cache");
    assert.match(data.headers["content-type"], /^application\/json/);
    assert.match(data.headers["content-encoding"] ?? "", /^(gzip|br)$/);

    // A host site on another origin frames the atlas sandboxed without allow-same-origin: its
    // files are fetched with Origin: null and load thanks to Access-Control-Allow-Origin.
    await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
    const frame = page.frameLocator("#atlas");
    await frame.locator("p.status[role=status]").filter({ hasText: "agreements" }).waitFor({ timeout: 30_000 });
    await frame.locator(".details h2").filter({ hasText: "Lombardy" }).waitFor();
    assert.deepEqual(problems, [], "no error in the console in the sandboxed frame");
  } finally {
    await browser.close();
  }
});

test("nginx sends the .gz copies as they are, the right types, and revalidates what is not hashed", async () => {
  const files = filesUnder(site);
  const wasm = files.find((f) => f.endsWith("_bg.wasm"));
  const gzip = { "Accept-Encoding": "gzip" };

  const compressed = await get(GZIP_PORT, `/atlas/${wasm}`, gzip);
  assert.equal(compressed.status, 200);
  assert.equal(compressed.headers["content-encoding"], "gzip");
  assert.equal(compressed.headers["content-type"], "application/wasm");
  assert.equal(compressed.headers["vary"], "Accept-Encoding");
  assert.equal(compressed.headers["cache-control"], "public, max-age=31536000, immutable");
  assert.deepEqual(compressed.body, readFileSync(join(site, `${wasm}.gz`)));
  const plain = await get(GZIP_PORT, `/atlas/${wasm}`);
  assert.equal(plain.headers["content-encoding"], undefined);
  assert.deepEqual(plain.body, readFileSync(join(site, wasm)));

  const expectations = [
    ["sw.js", "text/javascript; charset=utf-8"],
    ["data/atlas.json", "application/json; charset=utf-8"],
    ["basemap/europe.json", "application/json; charset=utf-8"],
    ["stories/lombardy.json", "application/json; charset=utf-8"],
    ["manifest.webmanifest", "application/manifest+json; charset=utf-8"],
    ["icons/atlas-192.png", "image/png"],
    ["icons/atlas.svg", "image/svg+xml; charset=utf-8"],
    ...files.filter((f) => f.startsWith("embed/") && f.endsWith(".js")).map((f) => [f, "text/javascript; charset=utf-8"]),
  ];
  for (const [file, type] of expectations) {
    const answer = await get(GZIP_PORT, `/atlas/${file}`, gzip);
    assert.equal(answer.status, 200, file);
    assert.equal(answer.headers["content-type"], type, file);
    assert.equal(answer.headers["cache-control"], "no-cache", file);
    assert.equal(answer.headers["access-control-allow-origin"], "*", file);
    assert.equal(answer.headers["x-content-type-options"], "nosniff", file);
    assert.equal(answer.headers["content-security-policy"], undefined, `${file} is not a page`);
    if (existsSync(join(site, `${file}.gz`))) assert.equal(answer.headers["content-encoding"], "gzip", file);
  }

  // The page carries the policy and revalidates cheaply; the offline package keeps its own.
  const index = await get(GZIP_PORT, "/atlas/index.html", gzip);
  assert.equal(index.headers["content-security-policy"], CSP);
  assert.equal(index.headers["cache-control"], "no-cache");
  const again = await get(GZIP_PORT, "/atlas/", { ...gzip, "If-None-Match": index.headers.etag });
  assert.equal(again.status, 304, "a revalidation with the ETag gets 304");
  const offline = await get(GZIP_PORT, "/atlas/alliance-atlas-offline.html", gzip);
  assert.equal(offline.status, 200);
  assert.equal(offline.headers["content-security-policy"], undefined);
  assert.equal(offline.headers["content-encoding"], "gzip");

  const bare = await get(GZIP_PORT, "/atlas?region=ITC4");
  assert.equal(bare.status, 301);
  assert.match(bare.headers.location, /\/atlas\/\?region=ITC4$/);
});

test("with the brotli module and the line uncommented, nginx sends the .br copies", { skip: !existsSync(BROTLI_MODULE) && `${BROTLI_MODULE} is not installed` }, async () => {
  const files = filesUnder(site);
  for (const file of [files.find((f) => f.endsWith("_bg.wasm")), "data/atlas.json", "index.html"]) {
    const answer = await get(BROTLI_PORT, `/atlas/${file}`, { "Accept-Encoding": "gzip, deflate, br" });
    assert.equal(answer.status, 200, file);
    assert.equal(answer.headers["content-encoding"], "br", file);
    assert.equal(answer.headers["vary"], "Accept-Encoding", file);
    assert.deepEqual(answer.body, readFileSync(join(site, `${file}.br`)), file);
    const gzipOnly = await get(BROTLI_PORT, `/atlas/${file}`, { "Accept-Encoding": "gzip" });
    assert.equal(gzipOnly.headers["content-encoding"], "gzip", `${file} to a browser without brotli`);
  }
});
