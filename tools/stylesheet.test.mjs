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
