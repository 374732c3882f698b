// The benchmark's graphs: G0 is the build's own data file; G1 and G2 come from `atlas
// generate`, again whenever the generator is newer than the file (the same seed always gives
// the same bytes).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function prepareData(dataDir, { config, graphs, root, log, regenerate }) {
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(join(config.distDir, "data", "atlas.json"), join(dataDir, "G0.json"));
  const generator = join(root, "crates", "atlas-cli", "src", "generate.rs");
  const metaFile = join(dataDir, "generated.json");
  const made = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, "utf8")) : {};
  for (const name of config.graphs.filter((g) => g !== "G0")) {
    const { regions, ties, file } = graphs[name];
    const out = join(dataDir, file);
    const key = `${config.seed}/${regions}/${ties}`;
    const fresh =
      existsSync(out) && made[file] === key && statSync(out).mtimeMs > statSync(generator).mtimeMs;
    if (fresh && !regenerate) continue;
    const args = ["run", "-q", "-p", "atlas-cli", "--", "generate", "--seed", String(config.seed)];
    args.push("--regions", String(regions), "--ties", String(ties), "--out", out);
    log(`bench: cargo ${args.join(" ")}`);
    execFileSync("cargo", args, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    made[file] = key;
    writeFileSync(metaFile, JSON.stringify(made, null, 1) + "\n");
  }
}
