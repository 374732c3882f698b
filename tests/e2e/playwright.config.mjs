// End-to-end tests: the release build in dist/, served on loopback, driven in Debian's Chromium.
// Run through `make test` (which builds first) or `npx playwright test --config tests/e2e/playwright.config.mjs`.
import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const port = Number(process.env.E2E_PORT ?? 4173);
// The build to test: dist/ unless E2E_DIST names another (a build made with `trunk build --dist DIR`).
const dist = process.env.E2E_DIST ?? "dist";

export default defineConfig({
  testDir: here,
  testMatch: /.*\.spec\.mjs$/,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], [resolve(here, "summary-reporter.mjs")]],
  outputDir: resolve(root, "target/e2e-results"),
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    // The atlas's service worker would answer requests that tests fake with page.route (it
    // fetches on its own); only offline.spec.mjs lets it run.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      command: `node tests/e2e/serve.mjs --dir ${dist} --port ${port}`,
      cwd: root,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // A host site with the atlas under /atlas/, sending the recommended CSP header and
      // CORS for the sandboxed frame (see docs/embedding.md).
      command: `node tests/e2e/serve.mjs --dir ${dist} --base /atlas/ --mount /host/=tests/e2e/host --no-wasm-mount /locked-atlas/=${dist} --csp --cors --port ${port + 1}`,
      cwd: root,
      url: `http://127.0.0.1:${port + 1}/host/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
