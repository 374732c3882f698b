// Accessibility: the table view as an equal of the map, keyboard browsing of the map itself,
// and axe-core on every main state with no violation.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test, expect } from "./fixtures.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core on the page for WCAG 2.1 A and AA; returns the violations, readably. */
async function axeViolations(page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary.split("\n").slice(0, 3).join(" ")}`),
    }));
  });
  return violations;
}

test("the table lists the same ties as the map, sorts, follows the filters and the focus", async ({ atlas, page }) => {
  await atlas.open();
  const [, ties] = await atlas.counts();
  await page.getByRole("button", { name: "Table" }).click();
  await expect.poll(() => atlas.param("view")).toBe("table");
  const table = page.locator("table.data-table");
  await expect(table).toBeVisible();
  // Every pair's ties add up to the status line's count (all rows shown first).
  const showAll = page.getByRole("button", { name: /Show all rows/ });
  if (await showAll.isVisible()) await showAll.click();
  const tieCells = table.locator("tbody tr td:nth-child(3)");
  const sum = (await tieCells.allTextContents()).reduce((s, t) => s + Number(t.match(/\d+/)[0]), 0);
  expect(sum).toBe(ties);

  // Sorting by a header: "Since" ascending puts the oldest pair first.
  const since = table.getByRole("columnheader", { name: /Since/ });
  await since.getByRole("button").click();
  await expect(since).toHaveAttribute("aria-sort", "ascending");
  const years = (await table.locator("tbody tr td:last-child").allTextContents()).map(Number);
  expect(years).toEqual([...years].sort((a, b) => a - b));
  expect(years[0]).toBeLessThan(years.at(-1));

  // A sector filter narrows the table as it narrows the map.
  await atlas.chip("semiconductors").click();
  const [, semiconductorTies] = await atlas.counts();
  await expect
    .poll(async () => (await tieCells.allTextContents()).reduce((s, t) => s + Number(t.match(/\d+/)[0]), 0))
    .toBe(semiconductorTies);

  // A name focuses its region: the card opens, the link says so, the table keeps its ties only.
  await table.getByRole("button", { name: "Lombardy", exact: true }).first().click();
  await expect(atlas.details.locator("h2")).toHaveText("Lombardy");
  await expect.poll(() => atlas.param("region")).toBe("ITC4");
  await expect(page.locator(".table-scope")).toContainText("Lombardy");
  const firstColumn = await table.locator("tbody tr th").allTextContents();
  expect(firstColumn.length).toBeGreaterThan(0);
  expect(new Set(firstColumn)).toEqual(new Set(["Lombardy"]));

  // The regions tab is a link too, and the link reopens the same table.
  await page.getByRole("button", { name: /^Regions/ }).click();
  await expect.poll(() => atlas.param("rows")).toBe("regions");
  await expect(table.locator("tr.selected th")).toHaveText("Lombardy");
  await page.reload();
  await expect(page.locator("table.data-table tr.selected th")).toHaveText("Lombardy");
  await page.getByRole("button", { name: "Map", exact: true }).click();
  await expect(atlas.canvas).toBeVisible();
  expect(atlas.param("view")).toBeNull();
});

test("the map itself can be browsed region by region with the keyboard", async ({ atlas, page }) => {
  await atlas.open();
  await atlas.map.focus();
  await page.keyboard.press("Enter");
  const live = page.locator(".browse-announcement");
  await expect(live).toContainText("Enter opens its details");
  await expect(atlas.tooltip).toBeVisible();
  const first = await live.getAttribute("data-region");
  await page.keyboard.press("ArrowRight");
  await expect(live).not.toHaveAttribute("data-region", first);
  const second = await live.getAttribute("data-region");
  // The region reached lies to the right of the one left, as drawn now.
  const [a, b] = [await atlas.regionPoint(first), await atlas.regionPoint(second)];
  expect(b.x).toBeGreaterThan(a.x);
  expect(Math.abs(b.y - a.y)).toBeLessThan((b.x - a.x) * 1.8);
  // Down reaches a region below.
  await page.keyboard.press("ArrowDown");
  await expect(live).not.toHaveAttribute("data-region", second);
  const third = await live.getAttribute("data-region");
  const [c, d] = [await atlas.regionPoint(second), await atlas.regionPoint(third)];
  expect(d.y).toBeGreaterThan(c.y);
  // Enter opens the region the keyboard is on.
  const name = (await live.textContent()).split(".")[0];
  await page.keyboard.press("Enter");
  await expect.poll(() => atlas.param("region")).toBe(third);
  await expect(atlas.details.locator("h2")).toHaveText(name);
  // Escape stops browsing; the arrows pan the map again.
  await atlas.map.focus();
  await page.keyboard.press("Escape");
  await expect(live).toContainText("Stopped browsing");
  await expect(atlas.tooltip).toBeHidden();
  const transform = await atlas.transform();
  await page.keyboard.press("ArrowUp");
  await expect.poll(() => atlas.transform()).not.toBe(transform);
});

for (const [state, query, prepare] of [
  ["the first view", "", null],
  ["a region's card", "region=ITC4", null],
  ["a network's card with hubs", "network=esra", null],
  ["a pair's card", "region=ITC4&with=BE2", null],
  ["the network layout in pairs", "layout=network&draw=pairs", null],
  ["the ties table", "view=table", null],
  ["the regions table with a focus", "view=table&rows=regions&region=DE2", null],
  ["the Italian interface", "lang=it&region=ITC4", null],
  ["the share menu", "", async (page) => page.getByText("Share", { exact: true }).click()],
  ["the embed", "embed=1&region=BE2", null],
  ["the embed with filters open", "embed=1", async (page) => page.getByRole("button", { name: "Filters" }).click()],
  ["a phone", "region=ITC4", async (page) => page.setViewportSize({ width: 390, height: 844 })],
]) {
  test(`axe-core finds no WCAG 2.1 AA violation in ${state}`, async ({ atlas, page }) => {
    await atlas.open(query);
    if (prepare) await prepare(page);
    await page.waitForTimeout(300);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe("in the dark", () => {
  test.use({ colorScheme: "dark" });
  test("axe-core finds no violation in the dark theme, which follows the system", async ({ atlas, page }) => {
    await atlas.open("region=ITC4");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // A dark page: every channel below the middle.
    const [r, g, b] = background.match(/\d+/g).map(Number);
    expect(Math.max(r, g, b)).toBeLessThan(80);
    expect(await axeViolations(page)).toEqual([]);
  });
});
