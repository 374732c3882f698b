// A phone on a slow network: the page shows the atlas's frame and the map of the bundled data
// while the WebAssembly arrives (the first picture, index.html + public/first-picture.js), in
// the place the live map takes, which then replaces it without the page moving.
import { test, expect } from "./fixtures.mjs";

/** Holds back the wasm until `release()` is called: the page as a slow network shows it. */
async function holdWasm(page) {
  let release;
  const released = new Promise((ok) => (release = ok));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The sum of the page's layout shifts (without recent input), as CLS counts them. */
async function watchShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Share of the pixels in a box of the screenshot that are not the sea's colour. */
async function inkShare(page, box) {
  const png = await page.screenshot({ clip: box });
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext("2d");
    ctx.drawImage(image, 0, 0);
    const data = ctx.getImageData(0, 0, image.width, image.height).data;
    const sea = [data[0], data[1], data[2]];
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      const d = Math.abs(data[i] - sea[0]) + Math.abs(data[i + 1] - sea[1]) + Math.abs(data[i + 2] - sea[2]);
      if (d > 60) ink++;
    }
    return ink / (data.length / 4);
  }, png.toString("base64"));
}

for (const size of [
  { name: "phone", width: 412, height: 823 },
  { name: "laptop", width: 1280, height: 800 },
]) {
  test(`${size.name}: the map shows before the app, and the app takes its place without a jump`, async ({ page, atlas }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await watchShifts(page);
    const release = await holdWasm(page);
    await page.goto("./?draw=pairs");

    // The frame, the map of ties and the progress line, with the app nowhere yet.
    const picture = page.locator("#first-picture");
    await expect(picture).toBeVisible();
    await expect(picture.locator(".first-picture-status")).toHaveText("Loading the interactive map…");
    await expect(picture.locator('.fp-graph[data-draw="pairs"]')).toBeVisible();
    await expect(picture.locator('.fp-graph[data-draw="hubs"]')).toBeHidden();
    expect(await page.evaluate(() => performance.getEntriesByName("atlas:first-picture").length)).toBe(1);
    expect(await page.locator("canvas.map-canvas").count()).toBe(0);
    const stage = await picture.locator(".first-picture-stage").boundingBox();
    const drawn = await inkShare(page, { x: stage.x, y: stage.y, width: stage.width, height: stage.height - 60 });
    expect(drawn, "ties, regions and land are drawn in the picture").toBeGreaterThan(0.08);

    // The app arrives: its map draws where the picture was, and the picture goes.
    release();
    await expect.poll(() => atlas.labels.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect(picture).toHaveCount(0);
    const map = await page.locator(".map").boundingBox();
    expect(Math.abs(map.x - stage.x), "the map's left edge").toBeLessThanOrEqual(2);
    expect(Math.abs(map.width - stage.width), "the map's width").toBeLessThanOrEqual(2);
    expect(Math.abs(map.y - stage.y), "the map's top edge").toBeLessThanOrEqual(size.name === "phone" ? 24 : 2);
    await page.waitForTimeout(500);
    const shifts = await page.evaluate(() => window.__shifts);
    expect(shifts, "cumulative layout shift").toBeLessThan(0.1);
  });
}

test("a link to another view shows the map's land and frame only, in the link's language", async ({ page, atlas }) => {
  const release = await holdWasm(page);
  await page.goto("./?region=ITC4&lang=it&scheme=dark");
  const picture = page.locator("#first-picture");
  await expect(picture.locator(".first-picture-status")).toHaveText("Caricamento della mappa interattiva…");
  await expect(picture.locator(".fp-land")).toBeVisible();
  await expect(picture.locator(".fp-graph").first()).toBeHidden();
  await expect(picture.locator(".fp-nodes")).toBeHidden();
  expect(await page.evaluate(() => performance.getEntriesByName("atlas:first-picture").length)).toBe(0);
  // The dark scheme the link asks for colours the picture from the start.
  expect(await page.evaluate(() => document.documentElement.dataset.scheme)).toBe("dark");
  const sea = await picture.locator(".first-picture-stage").evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(sea).not.toBe("rgb(228, 236, 244)");
  release();
  await expect(page.locator(".details h2")).toHaveText("Lombardia", { timeout: 20_000 });
  await expect(picture).toHaveCount(0);
});

test("the table view replaces the picture as soon as the app has started", async ({ page, atlas }) => {
  await atlas.open("view=table");
  await expect(page.locator("#first-picture")).toHaveCount(0);
});
