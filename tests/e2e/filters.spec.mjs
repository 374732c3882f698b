// The map on real data, its filters, its link, its status line.
import { test, expect } from "./fixtures.mjs";

test("loads the bundled data and draws regions, ties and the basemap", async ({ atlas }) => {
  await atlas.open();
  await expect(atlas.status).toHaveText(/^\d[\d,]* regions · [\d,]+ ties · \d+ networks · \d+ agreements$/);
  const [regions, ties, networks, agreements] = await atlas.counts();
  expect(regions).toBeGreaterThanOrEqual(100);
  expect(ties).toBeGreaterThan(regions);
  expect(networks).toBeGreaterThanOrEqual(10);
  expect(agreements).toBeGreaterThanOrEqual(8);
  await expect(atlas.label("ITC4")).toHaveText("Lombardy");
  // The canvas really shows a node where Lombardy is: dark navy, not sea or land.
  const lombardy = await atlas.regionPoint("ITC4");
  const [r, g, b] = await atlas.pixel(lombardy);
  expect(r + g + b).toBeLessThan(250);
  // ... and sea far out in the Atlantic.
  const box = await atlas.map.boundingBox();
  const sea = await atlas.pixel({ x: box.x + 60, y: box.y + box.height - 30 });
  expect(sea[2]).toBeGreaterThan(200);
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
  await expect(atlas.page.locator(".year-summary")).toContainText("1971–1995");
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
  const point = await atlas.edgePoint("ITC4", "BE2");
  expect(point).not.toBeNull();
  await page.mouse.move(point.x, point.y);
  await expect(atlas.tooltip).toContainText("Memorandum of Understanding");
  await expect(atlas.tooltip).toContainText("signed 3 March 2026");
  // Clicking the edge lists the tie with its source.
  await page.mouse.click(point.x, point.y);
  await expect(atlas.details).toContainText("Lombardy–Flanders Memorandum of Understanding");
  await expect(atlas.details.locator("a", { hasText: "Fiandre" }).first()).toHaveAttribute("href", /^https:\/\//);
});

test("from 2020 to 2025 the MoU is named nowhere on the page", async ({ atlas, page }) => {
  await atlas.open("sectors=semiconductors&from=2020&to=2025&draw=pairs");
  const point = await atlas.edgePoint("ITC4", "BE2");
  expect(point, "both were in ESRA by 2024").not.toBeNull();
  await page.mouse.move(point.x, point.y);
  await expect(atlas.tooltip).toContainText("ESRA");
  const everything = await page.evaluate(() => document.documentElement.textContent);
  expect(everything).not.toContain("Memorandum of Understanding");
  expect(everything).not.toContain("2026-03-03");
  expect(everything).not.toContain("3 March 2026");
});

test("a link with unreadable values falls back and says so discreetly", async ({ atlas, page }) => {
  await atlas.open("from=nineteen&sectors=space,energy&region=XX99");
  const note = page.locator(".url-notice");
  await expect(note).toContainText("from=nineteen");
  await expect(note).toContainText('"space"');
  await expect(note).toContainText('"XX99"');
  await expect(atlas.chip("energy")).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => atlas.query()).toBe("?sectors=energy");
  await note.getByRole("button", { name: "Dismiss" }).click();
  await expect(note).toBeHidden();
});

test("networks filter by their kind and by full membership, in the link; the card says kind and roles", async ({ atlas, page }) => {
  await atlas.open();
  const [, allTies, allNetworks] = await atlas.counts();
  await page.locator("select[name=kinds]").selectOption("euroregion");
  await expect.poll(() => atlas.query()).toBe("?kinds=euroregion");
  const [, ties, networks] = await atlas.counts();
  expect(ties).toBeLessThan(allTies);
  expect(networks).toBeLessThan(allNetworks);
  await expect(atlas.networkRow("greater-region")).not.toHaveClass(/inactive/);
  await expect(atlas.networkRow("esra")).toHaveClass(/inactive/);
  await page.locator("select[name=kinds]").selectOption("");
  await page.locator("input[name=roles]").check();
  await expect.poll(() => atlas.query()).toBe("?roles=full");
  const [, fullTies] = await atlas.counts();
  expect(fullTies).toBeLessThan(allTies);
  // Four Motors: four full members, four associated regions; the card says so.
  await atlas.open("network=four-motors");
  await expect(page.locator(".details .kind")).toHaveText("Association of regions");
  await expect(page.locator(".details .roles-line")).toContainText("4 × associate");
});
