// `make release`: the archive a web team deploys, target/release-archive/alliance-atlas-X.Y.Z.zip
// (X.Y.Z from Cargo.toml's [workspace.package] version), holding one folder
// alliance-atlas-X.Y.Z/ with:
//
//   site/              the build (dist/), with a .br and a .gz copy beside every text and wasm
//                      file where that is smaller, each with its original's modification time
//   README-hosts.md    for the web team (release/README-hosts.md, with the version filled in)
//   server/            nginx, Apache and Caddy configurations (release/server/)
//   LICENSE-MIT, LICENSE-APACHE, LICENSE-DATA.md, CHANGELOG.md
//
//   node tools/release.mjs [--dist dist] [--out target/release-archive]
//
// Run after `make build`: it packs dist/ as it is and builds nothing.
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compressedCopies } from "./precompress.mjs";
import { zipArchive } from "./zip-archive.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The files beside site/ in the archive: path in the archive, path in the repository. */
export const RELEASE_DOCUMENTS = [
  ["README-hosts.md", "release/README-hosts.md"],
  ["server/nginx.conf", "release/server/nginx.conf"],
  ["server/apache.htaccess", "release/server/apache.htaccess"],
  ["server/Caddyfile", "release/server/Caddyfile"],
  ["LICENSE-MIT", "LICENSE-MIT"],
  ["LICENSE-APACHE", "LICENSE-APACHE"],
  ["LICENSE-DATA.md", "LICENSE-DATA.md"],
  ["CHANGELOG.md", "CHANGELOG.md"],
];

/** The `version` of Cargo.toml's `[workspace.package]` table. */
export function workspaceVersion(cargoToml) {
  const table = cargoToml.match(/^\[workspace\.package\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m);
  const version = table && table[1].match(/^version\s*=\s*"([^"]+)"/m);
  if (!version) throw new Error('Cargo.toml: no version = "X.Y.Z" in [workspace.package]');
  return version[1];
}

/** Refuses a changelog without a heading for `version` (`## 0.1.0 ...`). */
export function checkChangelog(changelog, version) {
  const heading = new RegExp(`^## \\[?${version.replaceAll(".", "\\.")}\\]?(\\s|$)`, "m");
  if (!heading.test(changelog)) {
    throw new Error(`CHANGELOG.md has no "## ${version}" entry: say what this release changes before packing it`);
  }
}

/**
 * The archive's entries: `site` is the build's files (`{ name, data, mtime }`, names relative
 * to dist/), `documents` the other files (names in the archive). Every name goes under
 * `alliance-atlas-VERSION/`; each compressible site file is followed by its copies.
 */
export function releaseEntries(version, site, documents) {
  const top = `alliance-atlas-${version}/`;
  const entries = [];
  for (const doc of documents) entries.push({ ...doc, name: top + doc.name });
  for (const file of [...site].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (/\.(br|gz)$/.test(file.name)) {
      throw new Error(`dist/${file.name}: the build holds a compressed copy already; run make build again`);
    }
    entries.push({ ...file, name: `${top}site/${file.name}` });
    for (const copy of compressedCopies(file.name, file.data)) {
      entries.push({ name: `${top}site/${copy.name}`, data: copy.data, mtime: file.mtime });
    }
  }
  return entries;
}

/** Every file under `dir` as `{ name, data, mtime }`, names relative with forward slashes. */
function readTree(dir) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const info = statSync(path);
      if (info.isDirectory()) walk(path);
      else files.push({ name: relative(dir, path).split(sep).join("/"), data: readFileSync(path), mtime: info.mtime });
    }
  };
  walk(dir);
  return files;
}

function option(argv, name, fallback) {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
}

const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

function main(argv) {
  const dist = resolve(ROOT, option(argv, "dist", "dist"));
  const out = resolve(ROOT, option(argv, "out", "target/release-archive"));
  const version = workspaceVersion(readFileSync(join(ROOT, "Cargo.toml"), "utf8"));
  const changelog = readFileSync(join(ROOT, "CHANGELOG.md"), "utf8");
  checkChangelog(changelog, version);

  let site;
  try {
    site = readTree(dist);
  } catch {
    throw new Error(`${dist}: no build to pack; run make build first`);
  }
  for (const needed of ["index.html", "sw.js"]) {
    if (!site.some((f) => f.name === needed)) throw new Error(`${dist}: no ${needed}; run make build first`);
  }
  if (!site.some((f) => f.name.endsWith("_bg.wasm"))) throw new Error(`${dist}: no wasm; run make build first`);

  const documents = RELEASE_DOCUMENTS.map(([name, source]) => {
    const path = join(ROOT, source);
    let data = readFileSync(path);
    if (name === "README-hosts.md") data = Buffer.from(data.toString("utf8").replaceAll("@VERSION@", version));
    return { name, data, mtime: statSync(path).mtime };
  });

  const started = Date.now();
  const entries = releaseEntries(version, site, documents);
  const archive = zipArchive(entries);
  mkdirSync(out, { recursive: true });
  const path = join(out, `alliance-atlas-${version}.zip`);
  writeFileSync(path, archive);

  const wasm = entries.find((e) => e.name.endsWith("_bg.wasm"));
  const sizeOf = (suffix) => entries.find((e) => e.name === wasm.name + suffix)?.data.length ?? 0;
  console.log(
    `release: ${relative(process.cwd(), path) || path} (${megabytes(archive.length)}, ${entries.length} files, ` +
      `${((Date.now() - started) / 1000).toFixed(0)} s); the wasm is ${megabytes(wasm.data.length)}, ` +
      `${megabytes(sizeOf(".gz"))} gzipped, ${megabytes(sizeOf(".br"))} with brotli`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`release: ${error.message}`);
    process.exit(1);
  }
}
