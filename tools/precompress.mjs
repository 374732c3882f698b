// Precompressed copies of the site's text and wasm files, for servers that send a file's
// `.br` or `.gz` neighbour to browsers that accept it (nginx gzip_static and brotli_static,
// Caddy's `precompressed`, Apache's rewrite rules in the release's server/ folder) instead of
// compressing on every request, or not at all. Used by tools/release.mjs.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The kinds of file that get `.br` and `.gz` copies: text, and WebAssembly. */
export const COMPRESSIBLE_EXTENSIONS = [
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".svg",
  ".webmanifest",
  ".wasm",
  ".txt",
  ".xml",
];

/** Whether the file `name` (a path) is of a kind that gets compressed copies. */
export function isCompressible(name) {
  return COMPRESSIBLE_EXTENSIONS.some((ext) => name.endsWith(ext));
}

/**
 * The `.br` and `.gz` copies of the file `name` with contents `data`, each only where it is
 * smaller than the file itself (a tiny file may grow): `[{ name, data }]`, brotli first.
 * Brotli at its best quality (11) and gzip at 9: compressed once per release, sent many times.
 */
export function compressedCopies(name, data) {
  if (!isCompressible(name)) return [];
  const brotli = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: name.endsWith(".wasm") ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  // No file name or time in the gzip header (Node writes neither): the same input gives the
  // same bytes.
  const gzip = gzipSync(data, { level: 9 });
  return [
    { name: `${name}.br`, data: brotli },
    { name: `${name}.gz`, data: gzip },
  ].filter((copy) => copy.data.length < data.length);
}
