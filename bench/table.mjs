// Prints a results file as the Markdown table of docs/performance.md, then its targets.
//
//   node bench/table.mjs [bench/results/latest.json]
import { readFileSync } from "node:fs";
import { markdownTable } from "./lib/report.mjs";

const file = process.argv[2] ?? new URL("./results/latest.json", import.meta.url).pathname;
const report = JSON.parse(readFileSync(file, "utf8"));
console.log(markdownTable(report));
console.log("");
for (const t of report.targets) console.log(`- ${t.met === true ? "**met**" : t.met === false ? "**not met**" : "unknown"}: ${t.name}: ${t.detail}`);
