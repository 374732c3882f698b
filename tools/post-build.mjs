// Trunk's post-build hook. Trunk starts all hooks of a stage at once, so the steps that build
// on each other run here, in order, in the staging directory (TRUNK_STAGING_DIR):
// 1. externalize-loader.mjs: trunk's inline start-up script into a file (strict CSP);
// 2. offline-package.mjs: alliance-atlas-offline.html, the atlas as one file for a USB stick;
// 3. service-worker.mjs: sw.js, whose precache list and version cover the files above.
import { writeOfflinePackage } from "./offline-package.mjs";
import { writeServiceWorker } from "./service-worker.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run by trunk only)");
  process.exit(1);
}
await import("./externalize-loader.mjs");
writeOfflinePackage(dir);
writeServiceWorker(dir);
