// Exploring: focus and details, edges, networks as hubs or pairs, the network layout, search,
// the timeline, the legend's counts, touch.
import { test, expect } from "./fixtures.mjs";

test("hovering a region shows a tooltip; clicking it focuses it and opens its card", async ({ atlas, page }) => {
  await atlas.open();
  const lombardy = await atlas.regionPoint("ITC4");
  await page.mouse.move(lombardy.x, lombardy.y);
  await expect(atlas.tooltip).toBeVisible();
  await expect(atlas.tooltip).toContainText("Lombardy (Lombardia) · ITC4");
  await page.mouse.click(lombardy.x, lombardy.y);
  await expect.poll(() => atlas.query()).toBe("?region=ITC4");
  const card = atlas.details;
  await expect(card.getByRole("heading", { level: 2 })).toHaveText("Lombardy");
  await expect(card).toContainText("NUTS ITC4");
  // Every network with its joining year, every agreement with date and partners, sources.
  await expect(card).toContainText("ESRA (European Semiconductor Regions Alliance) since 8 November 2024");
  await expect(card).toContainText("Lombardy–Flanders Memorandum of Understanding signed 3 March 2026");
  await expect(card.locator(".sources a").first()).toHaveAttribute("rel", "noopener noreferrer");
  expect(await card.locator(".sources a").count()).toBeGreaterThan(10);
  // Escape clears the focus.
  await atlas.map.focus();
  await page.keyboard.press("Escape");
  await expect(card).toBeHidden();
  await expect.poll(() => atlas.query()).toBe("");
});

test("?region=ITC4 opens with Lombardy in focus and its partners lit", async ({ atlas, page }) => {
  await atlas.open("region=ITC4");
  await expect(atlas.details.getByRole("heading", { level: 2 })).toHaveText("Lombardy");
  await expect(atlas.label("ITC4")).toHaveClass(/strong/);
  // A region with no tie to Lombardy is faded: Madeira.
  const faded = page.locator('.map-labels text.faded[data-region]');
  expect(await faded.count()).toBeGreaterThan(0);
});

test("clicking an edge lists every tie between the two regions", async ({ atlas, page }) => {
  await atlas.open("draw=pairs");
  // Neighbours' arcs hide under their nodes at the first zoom: zoom in on them, as a user would.
  expect(await atlas.edgePoint("ITC4", "ITC1")).toBeNull();
  const lombardy = await atlas.regionPoint("ITC4");
  await page.mouse.move(lombardy.x, lombardy.y);
  await page.mouse.wheel(0, -900);
  await atlas.cameraAtRest();
  const point = await atlas.edgePoint("ITC4", "ITC1");
  expect(point, "zoomed in, the arc shows between the two nodes").not.toBeNull();
  await page.mouse.click(point.x, point.y);
  const card = atlas.details;
  await expect(card.getByRole("heading", { level: 2 })).toHaveText("Lombardy – Piedmont");
  for (const network of ["ESRA", "ARA", "ECRN"]) {
    await expect(card).toContainText(`${network} both members`);
  }
  await expect(card).toContainText("Lombardy–Piedmont alliance on automotive and semiconductors");
  // Its partners' names lead back to their regions.
  await card.getByRole("button", { name: "Piedmont" }).first().click();
  await expect.poll(() => atlas.param("region")).toBe("ITC1");
  expect(atlas.param("draw")).toBe("pairs");
});

test("a network from the list, or its hub on the map, lights its members and shows its card", async ({ atlas, page }) => {
  await atlas.open();
  await atlas.networkRow("esra").click();
  await expect.poll(() => atlas.query()).toBe("?network=esra");
  await expect(atlas.details.getByRole("heading", { level: 2 })).toHaveText("European Semiconductor Regions Alliance (ESRA)");
  await expect(atlas.details).toContainText("Not known:");
  await expect(atlas.label("DED")).not.toHaveClass(/faded/);
  await atlas.networkRow("esra").click();
  await expect.poll(() => atlas.query()).toBe("");

  const hub = await atlas.hubPoint("four-motors");
  await page.mouse.click(hub.x, hub.y);
  await expect.poll(() => atlas.query()).toBe("?network=four-motors");
  await expect(atlas.details).toContainText("Presidencies");
});

test("networks drawn as hubs or as pairs, kept in the link", async ({ atlas, page }) => {
  await atlas.open();
  await expect(atlas.hubLabel("esra")).toBeVisible();
  expect(await atlas.edgePoint("PL21", "BE2"), "in hub mode their networks are hubs, not a pair edge").toBeNull();
  await page.getByRole("button", { name: "Pairs", exact: true }).click();
  await expect.poll(() => atlas.query()).toBe("?draw=pairs");
  await expect(atlas.hubLabel("esra")).toHaveCount(0);
  expect(await atlas.edgePoint("PL21", "BE2")).not.toBeNull();
  await page.getByRole("button", { name: "Hubs", exact: true }).click();
  await expect.poll(() => atlas.query()).toBe("");
});

test("the network layout moves regions smoothly, and at once with reduced motion", async ({ atlas, page }) => {
  await atlas.open();
  const onMap = await atlas.regionPoint("ITC4");
  await page.getByRole("button", { name: "Network", exact: true }).click();
  await expect.poll(() => atlas.query()).toBe("?layout=network");
  // Part-way through the transition Lombardy is between the two places.
  await page.waitForTimeout(200);
  const during = await atlas.regionPoint("ITC4");
  await page.waitForTimeout(900);
  const after = await atlas.regionPoint("ITC4");
  expect(Math.hypot(after.x - onMap.x, after.y - onMap.y)).toBeGreaterThan(5);
  expect(Math.hypot(during.x - after.x, during.y - after.y)).toBeGreaterThan(0.5);
  // The same link gives the same picture, once laid out (between frames, the page never stops).
  await atlas.open("layout=network");
  await expect.poll(() => atlas.regionPoint("ITC4"), { timeout: 5000 }).toEqual(after);
  await expect(page.getByRole("status").first()).not.toContainText("laying out");

  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.getByRole("button", { name: "Geographic", exact: true }).click();
  expect(await atlas.regionPoint("ITC4")).toEqual(onMap);
});

test("search suggests by any name in any language or by code, and focuses the choice", async ({ atlas, page }) => {
  await atlas.open();
  await atlas.search.fill("Baviera");
  const options = page.getByRole("option");
  await expect(options.first()).toContainText("Bavaria");
  await page.keyboard.press("Enter");
  await expect.poll(() => atlas.query()).toBe("?region=DE2");
  await expect(atlas.details.getByRole("heading", { level: 2 })).toHaveText("Bavaria");

  await atlas.search.fill("itc1");
  await expect(options.first()).toContainText("Piedmont");
  await atlas.search.fill("quebec");
  await expect(options.first()).toContainText("Quebec");
  await atlas.search.fill("vlaanderen");
  await expect(options.first()).toContainText("Flanders");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect.poll(() => atlas.param("region")).toBe("BE2");
  // Flanders and its partners are framed beside the card, closer than all of Europe; the link
  // says only the focus (the framing is what a link without a camera means).
  const besideTheCard = async () => {
    const card = await atlas.details.boundingBox();
    const flanders = await atlas.regionPoint("BE2");
    const box = await atlas.map.boundingBox();
    return (
      flanders.x > card.x + card.width &&
      flanders.x < box.x + box.width &&
      flanders.y > box.y &&
      flanders.y < box.y + box.height
    );
  };
  await expect.poll(besideTheCard).toBe(true);
  await atlas.cameraAtRest();
  expect(await besideTheCard()).toBe(true);
  expect(atlas.param("center")).toBeNull();
});

test("the timeline plays year by year, highlights what is new, and steps with the arrow keys", async ({ atlas, page }) => {
  await atlas.open();
  const play = page.getByRole("button", { name: "▶ Play" });
  await play.click();
  // 1971 (Euregio Rhine-Waal) is the first year, so the link leaves "from" out.
  await expect.poll(() => atlas.query()).toBe("?to=1971");
  await expect(page.locator(".current-year")).toHaveText("1971");
  await expect(page.locator(".current-year")).toHaveText("1972", { timeout: 4000 });
  await page.getByRole("button", { name: "❚❚ Pause" }).click();
  await page.getByRole("button", { name: "Next year" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(".current-year")).toHaveText("1973");
  await expect.poll(() => atlas.query()).toBe("?from=1973&to=1973");
  // 2026, the year of the Lombardy-Flanders MoU: shown as new.
  for (let i = 0; i < 2026 - 1973; i++) await page.keyboard.press("ArrowRight");
  await expect(page.locator(".current-year")).toHaveText("2026");
  // Switching to "everything up to it" shows every tie that began by 2026 at once.
  await page.getByLabel("everything up to it").check();
  await expect.poll(() => atlas.query()).toBe("");
  await page.getByRole("button", { name: "Previous year" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => atlas.query()).toBe("?to=2025");
  const [, ties] = await atlas.counts();
  expect(ties).toBeGreaterThan(2000);
});

test("legend counts and network member counts follow the years", async ({ atlas, page }) => {
  await atlas.open();
  const count = async (locator) => Number((await locator.locator(".count").textContent()).replace(/[^\d]/g, ""));
  const semis = atlas.chip("semiconductors");
  const esra = atlas.networkRow("esra");
  const before = [await count(semis), await count(esra)];
  expect(before[0]).toBeGreaterThan(100);
  expect(before[1]).toBeGreaterThanOrEqual(27);
  await atlas.year("to").fill("2022");
  await expect.poll(async () => count(esra)).toBe(0);
  expect(await count(semis)).toBeLessThan(before[0]);
});

test("two fingers pinch to zoom and one finger pans", async ({ atlas, page }) => {
  await atlas.open();
  const scale = async () => Number((await atlas.transform()).match(/scale\(([\d.]+)\)/)[1]);
  const before = await scale();
  const box = await atlas.map.boundingBox();
  const cdp = await page.context().newCDPSession(page);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const touch = (type, spread) =>
    cdp.send("Input.dispatchTouchEvent", {
      type,
      touchPoints:
        type === "touchEnd"
          ? []
          : [
              { x: cx - spread, y: cy, id: 1 },
              { x: cx + spread, y: cy, id: 2 },
            ],
    });
  await touch("touchStart", 40);
  for (let spread = 50; spread <= 160; spread += 10) await touch("touchMove", spread);
  await touch("touchEnd", 0);
  await expect.poll(scale).toBeGreaterThan(before * 2.5);
});
