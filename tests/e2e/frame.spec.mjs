// Every screen: the map frames what it is about, points never sit on each other, and a click or
// a tap on a region's point opens that region, on a laptop, a phone and a projector.
import { test, expect } from "./fixtures.mjs";

const drawn = async (page) => JSON.parse(await page.evaluate(() => window.allianceAtlas.drawnPoints()));

const pairsWithin = (points, px) => {
  let pairs = 0;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      if (Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y) < px) pairs++;
    }
  }
  return pairs;
};

/// Points at every drawn region with `pointAt` (a click or a tap) and returns those that did
/// not open their own card, with what opened instead; the map goes back to all of Europe
/// between two.
async function regionsMissed(page, atlas, pointAt) {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await atlas.open();
  await atlas.cameraAtRest();
  const home = await atlas.transform();
  const regions = (await drawn(page)).regions;
  expect(regions.length).toBeGreaterThan(100);
  const missed = [];
  for (const { id } of regions) {
    const p = await atlas.regionPoint(id);
    await pointAt(p);
    // The link follows the click in the same task's effects: wait for it briefly.
    const opened = await page
      .waitForFunction((id) => new URLSearchParams(location.search).get("region") === id, id, { timeout: 2000 })
      .then(() => true, () => false);
    if (!opened) missed.push(`${id} opened ${await atlas.query()}`);
    await page.evaluate(() => window.allianceAtlas.setView(""));
    // Back to all of Europe, exactly as it was.
    await expect.poll(() => atlas.transform()).toBe(home);
  }
  return missed;
}

/// The measures of the issue at the default view.
async function measure(page) {
  const d = await drawn(page);
  const europe = d.regions.filter((r) => !r.inset);
  const xs = europe.map((r) => r.x);
  const ys = europe.map((r) => r.y);
  const box = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
  const share = box / (d.map.width * d.map.height);
  const hubOnPoint = d.hubs.filter((h) => d.regions.some((r) => Math.hypot(h.x - r.x, h.y - r.y) < 12)).length;
  return {
    share,
    hubOnPoint,
    hubPairs: pairsWithin(d.hubs, 16),
    regionPairs: pairsWithin(d.regions, 6),
    insets: d.regions.filter((r) => r.inset).map((r) => r.id),
  };
}

test.describe("at 1280x800", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the default view frames continental Europe, names most regions, and nothing sits on anything", async ({ atlas, page }) => {
    await atlas.open();
    await atlas.cameraAtRest();
    const m = await measure(page);
    expect(m.share, "the box around continental Europe's regions fills the map").toBeGreaterThanOrEqual(0.75);
    expect(m.hubOnPoint, "hubs within 12 px of a region point").toBe(0);
    expect(m.hubPairs, "pairs of hubs within 16 px").toBe(0);
    expect(m.regionPairs, "pairs of region points within 6 px").toBeLessThanOrEqual(2);
    expect(m.insets).toEqual(expect.arrayContaining(["PT20", "PT30", "CA-QC"]));
    // At least 70 names (52 before the framing, the declutter and the leader lines), and the
    // names set off from their nodes are joined to them by a leader line.
    await expect.poll(() => page.locator(".map-labels text[data-region]").count()).toBeGreaterThanOrEqual(70);
    expect(await page.locator(".map-labels line.leader").count()).toBeGreaterThan(0);
  });

  test("a region in focus is shown with all its partners beside the card", async ({ atlas, page }) => {
    await atlas.open("region=BE2");
    await expect(page.locator(".details h2")).toContainText("Flanders");
    await atlas.cameraAtRest();
    await expect.poll(() => atlas.query()).toBe("?region=BE2");
    const card = await page.locator(".details").boundingBox();
    const d = await drawn(page);
    const partners = JSON.parse(await page.evaluate(() => window.allianceAtlas.partnersOf("BE2")));
    expect(partners.length).toBeGreaterThan(10);
    const byId = new Map(d.regions.map((r) => [r.id, r]));
    for (const id of ["BE2", ...partners]) {
      const p = byId.get(id);
      expect(p, id).toBeTruthy();
      if (p.inset) continue;
      const inMap = p.x >= d.map.left && p.x <= d.map.left + d.map.width && p.y >= d.map.top && p.y <= d.map.top + d.map.height;
      const underCard = p.x >= card.x && p.x <= card.x + card.width && p.y >= card.y && p.y <= card.y + card.height;
      expect(inMap && !underCard, `${id} at ${Math.round(p.x)},${Math.round(p.y)} is on the map and not under the card`).toBe(true);
    }
  });

  test("a click on any region's point opens that region", async ({ atlas, page }) => {
    test.setTimeout(240_000);
    expect(await regionsMissed(page, atlas, (p) => page.mouse.click(p.x, p.y))).toEqual([]);
  });
});

test.describe("on a 390x844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the map comes first and frames Europe; points and hubs stay apart", async ({ atlas, page }) => {
    await atlas.open();
    await atlas.cameraAtRest();
    const map = await page.locator(".map").boundingBox();
    expect(map.height, "the map takes most of the first screen").toBeGreaterThan(844 * 0.6);
    const m = await measure(page);
    expect(m.share).toBeGreaterThanOrEqual(0.6);
    expect(m.hubOnPoint).toBe(0);
    expect(m.hubPairs).toBe(0);
    expect(m.regionPairs).toBeLessThanOrEqual(2);
    // The filters are a sheet over the map, a button away.
    await expect(page.locator("#filters")).toBeHidden();
    await page.getByRole("button", { name: "Filters" }).tap();
    await expect(page.locator("#filters")).toBeVisible();
  });

  test("a tap on any region's point opens that region", async ({ atlas, page }) => {
    test.setTimeout(240_000);
    expect(await regionsMissed(page, atlas, (p) => page.touchscreen.tap(p.x, p.y))).toEqual([]);
  });
});

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
  [1024, 768],
]) {
  test.describe(`a story on a ${width}x${height} projector`, () => {
    test.use({ viewport: { width, height } });

    for (const story of ["lombardy", "semiconductors"]) {
      test(`every step of "${story}" shows the regions its caption names, clear of the caption`, async ({ atlas, page }) => {
        test.setTimeout(120_000);
        await atlas.open(`story=${story}&step=1&lang=en`);
        const bar = page.locator(".story-bar");
        await expect(bar).toBeVisible();
        const names = await page.evaluate(() => window.allianceAtlas.regionNames());
        const steps = Number((await bar.locator(".story-position").textContent()).split("/")[1]);
        for (let step = 1; step <= steps; step++) {
          if (step > 1) await page.keyboard.press("PageDown");
          await expect(bar.locator(".story-position")).toHaveText(`${step} / ${steps}`);
          await atlas.cameraAtRest();
          const caption = await bar.locator(".caption").textContent();
          const box = await bar.boundingBox();
          // Whole names only ("Saxony" is not named by "Saxony-Anhalt").
          const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          const named = Object.entries(names).filter(([, name]) =>
            new RegExp(`(^|[^\\p{L}-])${escape(name)}(?![\\p{L}-])`, "u").test(caption),
          );
          for (const [id, name] of named) {
            const p = await atlas.regionPoint(id);
            expect(p, `step ${step} names ${name}, which is drawn`).not.toBeNull();
            const onScreen = p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
            const underCaption = p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
            expect(onScreen && !underCaption, `step ${step}: ${name} at ${Math.round(p.x)},${Math.round(p.y)}`).toBe(true);
          }
        }
      });
    }
  });
}
