// Bad and hostile data in the page: a representative part of tests/corpus served as the bundled
// data file, each showing exactly the problems `atlas validate` prints (or loading safely); a
// file over the size limit; the panic message; and a Content-Security-Policy that is enforced.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect } from "./fixtures.mjs";

const corpus = resolve(dirname(fileURLToPath(import.meta.url)), "../corpus");

/** Serves a corpus file in place of the bundled data. */
async function serveAsData(page, name) {
  const body = readFileSync(resolve(corpus, `${name}.json`));
  await page.route("**/data/atlas.json", (route) =>
    route.fulfill({ body, contentType: "application/json" }),
  );
  return readFileSync(resolve(corpus, `${name}.expected`), "utf8").trim().split("\n");
}

const REFUSED = [
  "01-truncated",
  "02-trailing-comma",
  "04-invalid-utf8",
  "05-empty-file",
  "13-string-for-number",
  "25-unknown-region",
  "32-left-before-joined",
  "35-february-29-2023",
  "41-coordinates-outside-europe",
  "44-network-with-one-member",
  "46-region-tied-to-itself",
  "51-format-version-from-the-future",
  "53-nesting-10000-deep",
  "60-javascript-and-data-urls",
];

for (const name of REFUSED) {
  test(`corpus ${name}: the page lists exactly what is wrong`, async ({ atlas, page }) => {
    const expected = await serveAsData(page, name);
    await page.goto("./");
    const problems = page.locator(".load-error .problems li");
    await expect(page.locator(".load-error h1")).toBeVisible();
    await expect(problems).toHaveText(expected);
    await expect(page.getByRole("button", { name: "Reload" })).toBeVisible();
  });
}

const SHOWN = [
  ["55-right-to-left-names", 4],
  ["56-emoji-names", 4],
  ["57-combining-characters", 4],
  ["58-html-in-every-text-field", 2],
  ["64-empty-lists", 0],
  ["66-two-regions-at-one-point", 4],
];

for (const [name, regions] of SHOWN) {
  test(`corpus ${name}: the file loads and is drawn safely`, async ({ atlas, page }) => {
    expect(await serveAsData(page, name)).toEqual(["ok"]);
    await page.goto("./");
    await expect(atlas.status).toBeVisible();
    expect((await atlas.counts())[0]).toBe(regions);
    await expect(page.locator(".load-error")).toHaveCount(0);
    // Both layouts, a focused region and the share menu render what the file holds.
    await page.getByRole("button", { name: "Network", exact: true }).click();
    await page.getByRole("button", { name: "Geographic", exact: true }).click();
    if (regions > 0) {
      await page.goto("./?region=ITC4");
      await expect(atlas.details.locator("h2")).toBeVisible();
    }
    // Data is text: no markup from the file became elements, no handler from it ran.
    expect(await page.locator("main b, main img, .details script, .map-labels script").count()).toBe(0);
    expect(await page.evaluate(() => window.__alerted ?? false)).toBe(false);
  });
}

test("HTML in the data is shown as the characters it is", async ({ atlas, page }) => {
  await serveAsData(page, "58-html-in-every-text-field");
  await page.addInitScript(() => {
    window.alert = () => {
      window.__alerted = true;
    };
  });
  await page.goto("./?region=ITC4");
  const title = atlas.details.locator("h2");
  await expect(title).toContainText("<script>alert(1)</script><b onmouseover=alert(2)>x</b>");
  await expect(title).toContainText("Lombardy");
  // Source links from the data open only http(s) addresses, without telling the target who sent them.
  // (The card's own "Skip the details" link is the atlas's, not the data's.)
  const links = atlas.details.locator("a[href]:not(.skip-link)");
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) {
    expect(await link.getAttribute("href")).toMatch(/^https?:\/\//);
    expect(await link.getAttribute("rel")).toContain("noopener");
    expect(await link.getAttribute("rel")).toContain("noreferrer");
  }
  expect(await page.evaluate(() => window.__alerted ?? false)).toBe(false);
});

test("a data file over the size limit is refused with its size, not a frozen tab", async ({ atlas, page }) => {
  const big = Buffer.alloc(20 * 1024 * 1024, 0x20);
  big.write('{"notes": "', 0);
  await page.route("**/data/atlas.json", (route) => route.fulfill({ body: big, contentType: "application/json" }));
  await page.goto("./");
  await expect(page.locator(".load-error .problems li")).toHaveText([
    "the file is 20971520 bytes; the atlas reads files up to 16777216 bytes",
  ]);
});

test.describe("when the atlas fails", () => {
  test.use({ expectedProblems: /panicForTest|unreachable/i });
  test("a panic shows a message and a reload button that brings the atlas back", async ({ atlas, page }) => {
    await atlas.open("region=ITC4");
    await page.evaluate(() => {
      try {
        window.allianceAtlas.panicForTest();
      } catch {
        // The panic reaches the caller as a trap; the page must still say what happened.
      }
    });
    const notice = page.locator("#panic-notice[role=alert]");
    await expect(notice).toBeVisible();
    await expect(notice.getByRole("heading")).toBeVisible();
    await notice.getByRole("button").click();
    await expect(atlas.status).toBeVisible();
    await expect(atlas.details.locator("h2")).toHaveText("Lombardy");
    await expect(page.locator("#panic-notice")).toHaveCount(0);
  });
});

test.describe("with a Content-Security-Policy", () => {
  test.use({ expectedProblems: /Content.Security.Policy/ });
  test("inline code injected into the page is blocked and reported", async ({ atlas, page }) => {
    await atlas.open();
    await page.evaluate(() => {
      const img = document.createElement("img");
      img.setAttribute("src", "data:image/gif;base64,R0lGODlhAQABAAAAACw=");
      img.setAttribute("onload", "window.__ran = true");
      document.body.append(img);
      const script = document.createElement("script");
      script.textContent = "window.__ran = true";
      document.body.append(script);
    });
    await expect.poll(() => page.evaluate(() => window.__cspViolations.length)).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => window.__ran ?? false)).toBe(false);
  });
});
