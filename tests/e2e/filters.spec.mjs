// The first view: the map on real data, its filters, its link, its status line.
import { test, expect } from "./fixtures.mjs";

test("loads the bundled data and draws regions, ties and the basemap", async ({ atlas, page }) => {
  await atlas.open();
  await expect(atlas.status).toHaveText(/^\d[\d,]* regions · [\d,]+ ties · \d+ networks · \d+ agreements$/);
  const [regions, ties, networks, agreements] = await atlas.counts();
  expect(regions).toBeGreaterThanOrEqual(24);
  expect(ties).toBeGreaterThan(regions);
  expect(networks).toBeGreaterThanOrEqual(6);
  expect(agreements).toBeGreaterThanOrEqual(4);
  await expect(atlas.nodes).toHaveCount(regions);
  expect(await page.locator(".basemap path").count()).toBeGreaterThan(30);
  await expect(page.locator('.labels text[data-region="ITC4"]')).toHaveText("Lombardy");
});

test("a sector chip filters the map and the link, and a second click undoes it", async ({ atlas }) => {
  await atlas.open();
  const before = await atlas.counts();
  const chip = atlas.chip("semiconductors");
  await chip.click();
  await expect(chip).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => atlas.query()).toBe("?sectors=semiconductors");
  const after = await atlas.counts();
  expect(after[1]).toBeLessThan(before[1]);
  expect(after[0]).toBeLessThan(before[0]);

  await atlas.chip("automotive").click();
  await expect.poll(() => atlas.query()).toBe("?sectors=automotive,semiconductors");
  const both = await atlas.counts();
  expect(both[1]).toBeGreaterThan(after[1]);

  await atlas.chip("automotive").click();
  await chip.click();
  await expect(chip).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => atlas.query()).toBe("");
  expect(await atlas.counts()).toEqual(before);
});

test("moving the year range changes the counts and the link", async ({ atlas }) => {
  await atlas.open();
  const all = await atlas.counts();
  await atlas.year("to").fill("1995");
  await expect.poll(() => atlas.query()).toBe("?to=1995");
  await expect(atlas.page.locator(".year-summary")).toContainText("1972–1995");
  const early = await atlas.counts();
  expect(early[0]).toBeLessThan(all[0]);
  expect(early[1]).toBeLessThan(all[1]);

  await atlas.year("from").fill("1990");
  await expect.poll(() => atlas.query()).toBe("?from=1990&to=1995");
  // From past To pushes To along.
  await atlas.year("from").fill("2000");
  await expect.poll(() => atlas.query()).toBe("?from=2000&to=2000");
  await expect(atlas.year("to")).toHaveValue("2000");
});

test("in 2026 the Lombardy-Flanders edge names the March 2026 MoU", async ({ atlas, page }) => {
  await atlas.open("sectors=semiconductors&from=2026&to=2026");
  await expect(atlas.chip("semiconductors")).toHaveAttribute("aria-pressed", "true");
  const edge = atlas.edge("ITC4", "BE2");
  await expect(edge).toHaveCount(1);
  const tooltip = await edge.locator("title").textContent();
  expect(tooltip).toContain("Memorandum of Understanding");
  expect(tooltip).toContain("2026-03-03");
  await expect(page.locator("text=Memorandum of Understanding").first()).toBeAttached();
});

test("from 2020 to 2025 the MoU is named nowhere on the page", async ({ atlas, page }) => {
  await atlas.open("sectors=semiconductors&from=2020&to=2025");
  await expect(atlas.edge("ITC4", "BE2")).toHaveCount(1);
  const everything = await page.evaluate(() => document.documentElement.textContent);
  expect(everything).not.toContain("Memorandum of Understanding");
  expect(everything).not.toContain("2026-03-03");
});

test("a link with unreadable values falls back and says so discreetly", async ({ atlas, page }) => {
  await atlas.open("from=nineteen&sectors=space,energy");
  const note = page.locator(".url-notice");
  await expect(note).toContainText("from=nineteen");
  await expect(note).toContainText('"space"');
  await expect(atlas.chip("energy")).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => atlas.query()).toBe("?sectors=energy");
  await note.getByRole("button", { name: "Dismiss" }).click();
  await expect(note).toBeHidden();
});
