// Presenting without a network: a page opened once with a network opens again with none
// (reload, a new tab), through the service worker; an embed registers none; the offline
// package runs from a file with no request at all; index.html opened from a file says how to
// open the atlas instead of showing a blank page.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { test, expect } from "./fixtures.mjs";

// The other specs block service workers (playwright.config.mjs); these are about it.
test.use({ serviceWorkers: "allow" });

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
// The build under test, as in playwright.config.mjs: dist/ unless E2E_DIST names another.
const dist = resolve(root, process.env.E2E_DIST ?? "dist");
const fileUrl = (name) => pathToFileURL(resolve(dist, name)).href;
const position = (page) => page.locator(".story-bar .story-position");
const mapDrawn = (page) => expect.poll(() => page.locator(".map-labels text").count()).toBeGreaterThan(0);

test.describe("with the service worker", () => {
  // The check that the network is really gone fails two fetches on purpose.
  test.use({ expectedProblems: /Failed to load resource: net::(ERR_INTERNET_DISCONNECTED|ERR_FAILED)/ });

  test("opened once with a network, the atlas opens again without one", async ({ atlas, page, context }, testInfo) => {
    await atlas.open();
    // A presenter's own story, saved on their disk and opened in the page once.
    const own = JSON.parse(readFileSync(resolve(root, "public/stories/semiconductors.json"), "utf8"));
    own.id = "board-meeting";
    own.title = { en: "Board meeting", it: "Riunione del consiglio" };
    const saved = testInfo.outputPath("board-meeting.json");
    writeFileSync(saved, JSON.stringify(own, null, 2));
    await page.getByText("Present", { exact: true }).click();
    const choosing = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Open a story file…" }).click();
    await (await choosing).setFiles(saved);
    await expect(page.locator(".story-bar .story-name")).toHaveText("Board meeting");
    await page.keyboard.press("Escape");
    await expect(page.locator("#boot-message")).toHaveCount(0);
    // The Present menu offers the offline package.
    await page.getByText("Present", { exact: true }).click();
    const download = page.getByRole("link", { name: /Download for offline use/ });
    await expect(download).toHaveAttribute("download", "alliance-atlas-offline.html");
    await page.getByText("Present", { exact: true }).click();

    // The worker takes control (clients.claim) once it has kept every file of the build.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    // Really offline, for the page and for the worker (which fetches .json files itself): a
    // file never kept cannot be had (online, the server would answer 404).
    const notKept = await page.evaluate(() =>
      Promise.all(["not-kept.txt", "not-kept.json"].map((u) => fetch(u).then(() => "fetched", () => "refused"))),
    );
    expect(notKept).toEqual(["refused", "refused"]);

    await page.reload();
    await expect(atlas.status).toBeVisible();
    await mapDrawn(page);
    // A bundled story presents, and so does a story file kept from the site.
    await atlas.open("story=lombardy");
    await expect(position(page)).toHaveText("1 / 10");
    await page.keyboard.press("PageDown");
    await expect(position(page)).toHaveText("2 / 10");
    await atlas.open("story=stories/semiconductors.json");
    await expect(position(page)).toHaveText(/^1 \/ \d+$/);
    // The presenter's own story, from this browser's storage.
    await atlas.open("story=local:board-meeting");
    await expect(page.locator(".story-bar .story-name")).toHaveText("Board meeting");
    await page.keyboard.press("PageDown");
    await expect(position(page)).toHaveText(/^2 \/ \d+$/);

    // A new tab of the same browser.
    const tab = await context.newPage();
    await tab.goto("./?region=ITC4");
    await mapDrawn(tab);
    await expect(tab.locator(".details h2")).toHaveText("Lombardy");
    await tab.getByText("Present", { exact: true }).click();
    await tab.locator(".present-menu .story-item", { hasText: "Board meeting" }).getByRole("button").first().click();
    await expect(tab.locator(".story-bar .story-name")).toHaveText("Board meeting");
    await tab.close();
    await context.setOffline(false);
  });
});

test("an embed registers no service worker", async ({ atlas, page }) => {
  await atlas.open("embed=1");
  // A full page registers its worker 2 s after its first view (src/web/service_worker.rs).
  await page.waitForTimeout(3000);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
});

test("the offline package runs from a file and asks the network for nothing", async ({ page }) => {
  const requests = [];
  const problems = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP: ${e.violatedDirective} blocked ${e.blockedURI || "inline code"}`);
    });
  });
  await page.goto(fileUrl("alliance-atlas-offline.html"));
  await mapDrawn(page);
  await expect(page.locator("#boot-message")).toHaveCount(0);
  await expect(page.locator("p.status[role=status]")).toContainText(/\d+/);
  // No download of itself in its own menu.
  await page.getByText("Present", { exact: true }).click();
  await expect(page.getByRole("button", { name: /Present this view/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Download for offline use/ })).toHaveCount(0);

  // A bundled story, from a link and stepped with a clicker's key.
  await page.goto(`${fileUrl("alliance-atlas-offline.html")}?story=lombardy&lang=it`);
  await expect(position(page)).toHaveText("1 / 10");
  await page.keyboard.press("PageDown");
  await expect(position(page)).toHaveText("2 / 10");

  expect(requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
  expect(problems).toEqual([]);
});

test("index.html opened from a file says how to open the atlas instead", async ({ page }) => {
  await page.goto(fileUrl("index.html"));
  await page.waitForTimeout(3500);
  const message = page.locator("#boot-message");
  await expect(message).toBeVisible();
  await expect(message).toContainText("refused to run the atlas");
  await expect(message.getByRole("link", { name: "alliance-atlas-offline.html" })).toBeVisible();
});
