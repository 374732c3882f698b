// `node --test tools/`: the release archive's pieces. The zip is read back by Info-ZIP's
// unzip (installed by `tools/setup.sh test`), which is what a web team will use; the whole
// archive served by nginx is tested in tests/release/nginx.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { zipArchive } from "./zip-archive.mjs";
import { compressedCopies, isCompressible } from "./precompress.mjs";
import { checkChangelog, releaseEntries, workspaceVersion, RELEASE_DOCUMENTS } from "./release.mjs";

const root = new URL("..", import.meta.url).pathname;
const text = (n) => "Lombardy and Flanders, ".repeat(n);

test("unzip reads the archive back: names, bytes, times, permissions", () => {
  const dir = mkdtempSync(join(tmpdir(), "atlas-zip-"));
  try {
    const mtime = new Date("2026-11-21T10:20:31Z");
    const wasm = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251));
    const files = [
      { name: "a/index.html", data: text(200), mtime },
      { name: "a/x_bg.wasm", data: wasm, mtime },
      { name: "a/x_bg.wasm.gz", data: Buffer.from("not really gzip"), mtime },
      { name: "a/città.txt", data: "è", mtime },
      { name: "a/empty.json", data: "", mtime },
    ];
    const zip = join(dir, "t.zip");
    writeFileSync(zip, zipArchive(files));
    execFileSync("unzip", ["-q", "-t", zip]);
    execFileSync("unzip", ["-q", zip, "-d", join(dir, "out")]);
    for (const f of files) {
      const path = join(dir, "out", f.name);
      assert.deepEqual(readFileSync(path), Buffer.from(f.data), f.name);
      assert.equal(statSync(path).mtime.getTime(), mtime.getTime(), `${f.name}'s time`);
      assert.equal(statSync(path).mode & 0o777, 0o644, `${f.name}'s permissions`);
    }
    // Text is deflated; an already compressed copy is stored as it is.
    const listing = execFileSync("unzip", ["-v", zip], { encoding: "utf8" });
    assert.match(listing, /Defl:.*a\/index\.html/);
    assert.match(listing, /Stored.*a\/x_bg\.wasm\.gz/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the zip writer refuses names that would leave the folder, and the same name twice", () => {
  const mtime = new Date();
  assert.throws(() => zipArchive([{ name: "../x", data: "", mtime }]), /not a relative path/);
  assert.throws(() => zipArchive([{ name: "/etc/x", data: "", mtime }]), /not a relative path/);
  assert.throws(
    () => zipArchive([{ name: "x", data: "", mtime }, { name: "x", data: "", mtime }]),
    /"x" is in the list twice/,
  );
});

test("text and wasm get .br and .gz copies that decompress to the file; others and tiny files none", () => {
  const page = Buffer.from(text(300));
  const copies = compressedCopies("index.html", page);
  assert.deepEqual(copies.map((c) => c.name), ["index.html.br", "index.html.gz"]);
  assert.deepEqual(brotliDecompressSync(copies[0].data), page);
  assert.deepEqual(gunzipSync(copies[1].data), page);
  assert.ok(copies[0].data.length < copies[1].data.length, "brotli beats gzip on text");
  // Same input, same bytes: a release can be rebuilt identically.
  assert.deepEqual(compressedCopies("index.html", page), copies);
  assert.deepEqual(compressedCopies("icons/atlas-192.png", page), []);
  assert.deepEqual(compressedCopies("a.json", Buffer.from("{}")), [], "a copy larger than the file is left out");
  for (const name of ["x.wasm", "x.js", "x.mjs", "x.css", "x.json", "x.svg", "manifest.webmanifest", "x.txt", "x.xml"]) {
    assert.ok(isCompressible(name), name);
  }
});

test("the release's entries: one top folder, documents, the site with copies at the file's time", () => {
  const mtime = new Date("2026-12-01T12:00:00Z");
  const site = [
    { name: "sw.js", data: text(50), mtime },
    { name: "alliance-atlas-0123456789abcdef_bg.wasm", data: Buffer.alloc(4096), mtime },
    { name: "icons/atlas-192.png", data: Buffer.from([137, 80, 78, 71]), mtime },
  ];
  const entries = releaseEntries("9.8.7", site, [{ name: "README-hosts.md", data: "# x", mtime }]);
  assert.deepEqual(
    entries.map((e) => e.name),
    [
      "alliance-atlas-9.8.7/README-hosts.md",
      "alliance-atlas-9.8.7/site/alliance-atlas-0123456789abcdef_bg.wasm",
      "alliance-atlas-9.8.7/site/alliance-atlas-0123456789abcdef_bg.wasm.br",
      "alliance-atlas-9.8.7/site/alliance-atlas-0123456789abcdef_bg.wasm.gz",
      "alliance-atlas-9.8.7/site/icons/atlas-192.png",
      "alliance-atlas-9.8.7/site/sw.js",
      "alliance-atlas-9.8.7/site/sw.js.br",
      "alliance-atlas-9.8.7/site/sw.js.gz",
    ],
  );
  assert.ok(entries.every((e) => e.mtime === mtime), "copies keep their original's time (gzip_static)");
  assert.throws(
    () => releaseEntries("1.0.0", [{ name: "sw.js.gz", data: "", mtime }], []),
    /dist\/sw\.js\.gz: the build holds a compressed copy already/,
  );
});

test("the version is the workspace's, and the changelog must have its entry", () => {
  const cargo = '[workspace]\nmembers = ["."]\n\n[workspace.package]\nedition = "2021"\nversion = "1.2.3"\n\n[package]\nversion = "9.9.9"\n';
  assert.equal(workspaceVersion(cargo), "1.2.3");
  assert.throws(() => workspaceVersion('[package]\nversion = "1.0.0"\n'), /no version = "X.Y.Z" in \[workspace.package\]/);
  assert.equal(workspaceVersion(readFileSync(join(root, "Cargo.toml"), "utf8")), "0.1.0");
  checkChangelog("# Changelog\n\n## 1.2.3 (2026-12-01)\n", "1.2.3");
  assert.throws(() => checkChangelog("## 1.2.30\n## 11.2.3\n", "1.2.3"), /CHANGELOG.md has no "## 1.2.3" entry/);
  checkChangelog(readFileSync(join(root, "CHANGELOG.md"), "utf8"), "0.1.0");
});

test("every server configuration sends the page's own Content-Security-Policy and knows trunk's hashes", () => {
  const index = readFileSync(join(root, "index.html"), "utf8");
  const csp = index.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const docs = readFileSync(join(root, "docs/embedding.md"), "utf8");
  assert.ok(docs.includes(`Content-Security-Policy: ${csp}\n`), "docs/embedding.md states the page's policy");
  for (const file of ["nginx.conf", "apache.htaccess", "Caddyfile"]) {
    const config = readFileSync(join(root, "release/server", file), "utf8");
    assert.ok(config.includes(`"${csp}"`), `${file} sends the page's policy`);
    assert.ok(config.includes("-[0-9a-f]{16}(_bg)?\\.(js|wasm|css)"), `${file} matches trunk's hashed names`);
    assert.ok(config.includes("public, max-age=31536000, immutable"), file);
    assert.ok(config.includes("no-cache"), file);
  }
  for (const [, source] of RELEASE_DOCUMENTS) statSync(join(root, source));
});
