// A minimal CommonJS bundler (no esbuild): follows `require("...")` calls with string
// literals from an entry file, wraps each module in a function and exposes the entry's
// exports as a global. Enough for graphology-layout-forceatlas2, which ships CommonJS only.
import { readFileSync, existsSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";

function resolveFrom(fromDir, request, nodeModules) {
  const candidates = [];
  const base = request.startsWith(".") ? join(fromDir, request) : join(nodeModules, request);
  candidates.push(base, `${base}.js`, join(base, "index.js"));
  if (!request.startsWith(".") && existsSync(join(base, "package.json"))) {
    const main = JSON.parse(readFileSync(join(base, "package.json"), "utf8")).main;
    if (main) candidates.unshift(join(base, main));
  }
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (!found) throw new Error(`cjs-bundle: cannot resolve "${request}" from ${fromDir}`);
  return found;
}

/** Bundles `entry` (a path) into an IIFE that sets `globalThis[globalName]`. */
export function bundle(entry, globalName, nodeModules) {
  const modules = new Map();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop();
    if (modules.has(file)) continue;
    let source = readFileSync(file, "utf8");
    const deps = {};
    source = source.replace(/require\((['"])([^'"]+)\1\)/g, (_, quote, request) => {
      const target = resolveFrom(dirname(file), request, nodeModules);
      deps[request] = relative(nodeModules, target);
      queue.push(target);
      return `require(${JSON.stringify(deps[request])})`;
    });
    modules.set(file, source);
  }
  const parts = [...modules].map(
    ([file, source]) =>
      `${JSON.stringify(relative(nodeModules, file))}: function (module, exports, require) {\n${source}\n}`,
  );
  return `(function () {
var defs = {${parts.join(",\n")}};
var cache = {};
function require(id) {
  if (cache[id]) return cache[id].exports;
  var module = { exports: {} };
  cache[id] = module;
  defs[id](module, module.exports, require);
  return module.exports;
}
globalThis[${JSON.stringify(globalName)}] = require(${JSON.stringify(relative(nodeModules, entry))});
})();
`;
}
