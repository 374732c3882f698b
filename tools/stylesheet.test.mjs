// The stylesheet parses as its author meant: every block closed where it should be. A lost
// closing brace (an easy slip in a merge) silently swallows every rule after it into the
// block before, as once happened to the print handout's rules; a browser reports nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const css = readFileSync(new URL("../public/style/atlas.css", import.meta.url), "utf8")
  .replace(/\/\*[\s\S]*?\*\//g, "")
  .replace(/"(?:[^"\\]|\\.)*"/g, '""');

test("every block of atlas.css is closed, and top-level rules start at the top level", () => {
  let depth = 0;
  const lines = css.split("\n");
  lines.forEach((line, i) => {
    // A rule written at the start of a line belongs at the top level.
    if (/^[.#a-z@:\[*]/i.test(line) && depth !== 0) {
      assert.fail(`line ${i + 1} ("${line.trim()}") starts a rule at depth ${depth}: a brace before it is not closed`);
    }
    for (const ch of line) {
      if (ch === "{") depth++;
      if (ch === "}") depth--;
      assert.ok(depth >= 0, `line ${i + 1}: a } closes nothing`);
    }
  });
  assert.equal(depth, 0, "the file ends inside a block");
});

test("scheme=dark gives the same colours as a dark system setting", () => {
  const raw = readFileSync(new URL("../public/style/atlas.css", import.meta.url), "utf8");
  const declarations = (block) =>
    block
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.startsWith("--"))
      .sort();
  const system = raw.match(/:root:not\(\[data-scheme="light"\]\) \{\n([\s\S]*?)\n {2}\}/);
  const forced = raw.match(/\n:root\[data-scheme="dark"\] \{\n([\s\S]*?)\n\}/);
  assert.ok(system && forced, "both dark blocks are in atlas.css");
  assert.ok(declarations(system[1]).length > 20);
  assert.deepEqual(declarations(forced[1]), declarations(system[1]));
});
