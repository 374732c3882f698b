// Languages: switched in the page and by ?lang=, following the browser by default, and no
// interface string left untranslated.
import { test, expect } from "./fixtures.mjs";

/** Every interface text on the page: text nodes, aria-labels and placeholders, except what is
 * marked translate="no" (proper names, codes, data kept in its own language). */
async function interfaceTexts(page) {
  return page.evaluate(() => {
    const out = new Set();
    const skipped = (el) => el.closest('[translate="no"], script, style, noscript') !== null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      const text = walker.currentNode.textContent.trim();
      if (el && !skipped(el) && /\p{L}/u.test(text)) out.add(text);
    }
    for (const el of document.querySelectorAll("[aria-label], [placeholder]")) {
      if (skipped(el)) continue;
      for (const name of ["aria-label", "placeholder"]) {
        const value = el.getAttribute(name);
        if (value && /\p{L}/u.test(value)) out.add(value);
      }
    }
    return [...out];
  });
}

/** Strings that are the same in English and Italian on purpose. */
const SAME = new Set([
  "CSV", "JSON", "PNG 1×", "PNG 2×", "NUTS", "GEXF", "GraphML", "GeoJSON",
  // Italian industry says "automotive" too (the sector's Italian label in the data).
  "Automotive",
]);

for (const [state, open] of [
  ["the first view", async (atlas) => atlas.open("")],
  ["a region's card", async (atlas) => atlas.open("region=ITC4")],
  ["a network's card", async (atlas) => atlas.open("network=four-motors")],
  ["an edge's card", async (atlas, page) => {
    await atlas.open("region=ITC4");
    await page.locator(".details .chips button").first().click();
  }],
  ["the embed", async (atlas) => atlas.open("embed=1&region=BE2")],
  ["the table", async (atlas) => atlas.open("view=table&region=ITC4")],
  ["a story presented", async (atlas) => atlas.open("story=lombardy&step=4")],
]) {
  test(`no interface string is left untranslated in ${state}`, async ({ atlas, page }) => {
    await open(atlas, page);
    const presenting = state === "a story presented";
    if (!presenting) await page.getByText("Share", { exact: true }).click();
    const english = new Set(await interfaceTexts(page));
    const query = new URL(page.url()).search;
    await page.goto(`./${query}${query ? "&" : "?"}lang=it`);
    await expect(atlas.status).toContainText("regioni");
    if (state === "an edge's card") {
      // The link keeps the pair in focus, so the Italian page opens on the same card.
      await expect(page.locator(".details .edge-card")).toBeVisible();
    }
    if (!presenting) await page.getByText("Condividi", { exact: true }).click();
    const italian = await interfaceTexts(page);
    const untranslated = italian.filter((t) => english.has(t) && !SAME.has(t));
    expect(untranslated, "strings still in English in the Italian page").toEqual([]);
    expect(italian.length).toBeGreaterThan(20);
  });
}

test("the language switches in the page and the link keeps it", async ({ atlas, page }) => {
  await atlas.open();
  await expect(page.getByRole("heading", { name: "Sectors" })).toBeVisible();
  await expect(page).toHaveTitle("Alliance Atlas: Europe's regional alliances");
  await page.locator("select[name=lang]").selectOption("it");
  await expect(page.getByRole("heading", { name: "Settori" })).toBeVisible();
  // The page's title and its heading follow the language.
  await expect(page).toHaveTitle("Alliance Atlas: le alleanze delle regioni d'Europa");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alliance Atlas: Le regioni d'Europa e le alleanze che le uniscono");
  await expect(atlas.status).toContainText("regioni");
  await expect.poll(() => atlas.param("lang")).toBe("it");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("it");
  // Region names follow the interface language, or their own language by choice.
  await expect(atlas.label("DE2")).toHaveText("Baviera");
  await page.locator("select[name=names]").selectOption("local");
  await expect(atlas.label("DE2")).toHaveText("Bayern");
  await expect.poll(() => atlas.param("names")).toBe("local");
  // German and French too; dates and numbers follow.
  await page.locator("select[name=lang]").selectOption("de");
  await expect(page.getByRole("heading", { name: "Sektoren" })).toBeVisible();
  await expect(page).toHaveTitle("Alliance Atlas: die Allianzen der Regionen Europas");
  await expect(atlas.status).toHaveText(/^\d+ Regionen · \d+\.\d{3} Verbindungen/);
  await page.locator("select[name=lang]").selectOption("fr");
  await expect(page.getByRole("heading", { name: "Secteurs" })).toBeVisible();
  await page.goto("./?lang=fr&region=ITC4");
  await expect(page).toHaveTitle("Alliance Atlas : les alliances des régions d'Europe");
  await expect(atlas.details).toContainText("depuis le 8 novembre 2024");
});

test.describe("with an Italian browser", () => {
  test.use({ locale: "it-IT" });
  test("the atlas speaks Italian without being asked", async ({ atlas, page }) => {
    await atlas.open("region=ITC4");
    await expect(page.getByRole("heading", { name: "Settori" })).toBeVisible();
    await expect(atlas.details.locator("h2")).toHaveText("Lombardia");
    await expect(atlas.details).toContainText("firmato il 3 marzo 2026");
    expect(atlas.param("lang")).toBeNull();
  });
});

test("the top bar fits a 1280 px screen in every language, every control on screen", async ({ atlas, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const lang of ["en", "it", "de", "fr"]) {
    await atlas.open(`lang=${lang}`);
    const fits = await page.evaluate(() => {
      const bar = document.querySelector(".topbar");
      const box = bar.getBoundingClientRect();
      // Visible controls: not those inside a closed menu.
      const controls = [...bar.querySelectorAll("button, input, summary")].filter(
        (el) => el.offsetParent !== null && (el.matches("summary") || !el.closest("details:not([open])")),
      );
      return {
        scrolls: bar.scrollWidth > bar.clientWidth,
        outside: controls
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.left < box.left || r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5;
          })
          .map((el) => el.textContent || el.placeholder),
        height: box.height,
      };
    });
    expect(fits.scrolls, lang).toBe(false);
    expect(fits.outside, lang).toEqual([]);
    expect(fits.height, lang).toBeLessThan(80);
  }
});
