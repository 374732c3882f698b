// Moving around the map, and the page when things go wrong.
import { test, expect } from "./fixtures.mjs";

test("wheel, buttons, keys and drag move the camera; reset brings it back", async ({ atlas, page }) => {
  await atlas.open();
  const start = await atlas.transform();
  const box = await atlas.map.boundingBox();

  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => atlas.transform()).not.toBe(start);
  const zoomed = await atlas.transform();

  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => atlas.transform()).not.toBe(zoomed);

  // A trackpad: a sideways swipe pans without zooming, a pinch (Ctrl+wheel) zooms.
  const scale = async () => (await atlas.transform()).match(/scale\(([\d.]+)\)/)[1];
  const beforeSwipe = await scale();
  const translated = await atlas.transform();
  await page.mouse.wheel(40, 25);
  await expect.poll(() => atlas.transform()).not.toBe(translated);
  expect(await scale()).toBe(beforeSwipe);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -30);
  await page.keyboard.up("Control");
  await expect.poll(scale).not.toBe(beforeSwipe);

  await page.getByRole("button", { name: "Reset the view" }).click();
  await expect.poll(() => atlas.transform()).toBe(start);

  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(() => atlas.transform()).not.toBe(start);
  await atlas.map.focus();
  await page.keyboard.press("0");
  await expect.poll(() => atlas.transform()).toBe(start);
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => atlas.transform()).not.toBe(start);
});

test("while the map moves it shows the last picture moved, and draws afresh at rest", async ({ atlas, page }) => {
  await atlas.open("draw=pairs");
  await atlas.cameraAtRest();
  const stats = () => page.evaluate(() => window.allianceAtlas.stats());
  const before = await stats();
  const box = await atlas.map.boundingBox();
  const lombardy = await atlas.regionPoint("ITC4");
  // Press on open sea, then drag 90 px right and 40 px down, holding the button.
  await page.mouse.move(box.x + 60, box.y + box.height - 60);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(box.x + 60 + 9 * i, box.y + box.height - 60 + 4 * i);
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  const moving = await stats();
  expect(moving.movedPictures).toBeGreaterThan(before.movedPictures);
  // The picture moved with the camera: Lombardy is drawn where the camera now has it.
  const moved = await atlas.regionPoint("ITC4");
  expect(Math.round(moved.x - lombardy.x)).toBe(90);
  expect(Math.round(moved.y - lombardy.y)).toBe(40);
  const transform = await atlas.canvas.evaluate((c) => getComputedStyle(c).transform);
  const [, , , , tx, ty] = transform.match(/-?[\d.]+/g).map(Number);
  expect([Math.round(tx), Math.round(ty)]).toEqual([90, 40]);
  await page.mouse.up();
  // At rest, a complete picture: a frame that is not a moved one.
  await expect
    .poll(async () => {
      const now = await stats();
      return now.frames - now.movedPictures > moving.frames - moving.movedPictures;
    })
    .toBe(true);
  // Drawn in place again: no transform left, and the node's own colour under its point.
  await expect.poll(() => atlas.canvas.evaluate((c) => getComputedStyle(c).transform)).toBe("none");
  const [r, g, bl] = await atlas.pixel(await atlas.regionPoint("ITC4"));
  expect(Math.max(r, g, bl)).toBeLessThan(90);
});

/** How many pairs of map labels overlap on screen. */
function overlaps(page) {
  return page.evaluate(() => {
      const boxes = [...document.querySelectorAll(".map-labels text")].map((t) => t.getBoundingClientRect());
      let count = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) count++;
        }
      return count;
  });
}

test("zooming in reveals labels that had no room, none overlapping", async ({ atlas, page }) => {
  await atlas.open();
  const labelled = () =>
    page.evaluate(() =>
      [...document.querySelectorAll(".map-labels text[data-region]")].map((t) => t.dataset.region),
    );
  const before = await labelled();
  expect(before.length).toBeGreaterThan(20);
  expect(await overlaps(page)).toBe(0);
  // Around Lombardy many small neighbours have no room for a name at the first zoom.
  const at = await atlas.regionPoint("ITC4");
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, -700);
  await expect
    .poll(async () => (await labelled()).filter((r) => !before.includes(r)).length)
    .toBeGreaterThan(3);
  expect(await overlaps(page)).toBe(0);
});

test("with every network drawn as pairs at 1280x800, no two labels overlap", async ({ atlas, page }) => {
  await atlas.open("draw=pairs");
  const [, ties] = await atlas.counts();
  expect(ties).toBeGreaterThan(2000);
  expect(await atlas.labels.count()).toBeGreaterThan(30);
  expect(await overlaps(page)).toBe(0);
});

test("a broken data file shows its problems, not a blank page", async ({ atlas, page }) => {
  await page.route("**/data/atlas.json", async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace('"lat": 45.621', '"lat": 145.621');
    expect(text).toContain('"lat": 145.621');
    await route.fulfill({ response, body: text });
  });
  await page.goto("./");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("The data file has problems");
  await expect(alert).toContainText("regions[");
  await expect(alert).toContainText("Lombardy");
  await expect(alert.getByRole("button", { name: "Reload" })).toBeVisible();
});

test("a missing data file says so, not a blank page", async ({ page }) => {
  // Without the `atlas` fixture: the 404 is logged by the browser on purpose here.
  await page.route("**/data/atlas.json", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText("could not fetch its data");
  await expect(page.getByRole("alert")).toContainText("404");
});

test("on a 390 px phone the map comes first and the filters open as a sheet over it", async ({ atlas, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await atlas.open();
  const map = await atlas.map.boundingBox();
  expect(map.width).toBeGreaterThan(380);
  expect(map.height).toBeGreaterThan(844 * 0.6);
  await expect(atlas.status).toBeVisible();
  // The filters wait behind a button, then open over the map, not 650 px below it.
  await expect(atlas.chip("automotive")).toBeHidden();
  await page.getByRole("button", { name: "Filters" }).click();
  const chips = await atlas.chip("automotive").boundingBox();
  expect(chips.y).toBeGreaterThan(map.y);
  expect(chips.y + chips.height).toBeLessThan(844);
  // Play folds the sheet so the map shows while it plays.
  await page.getByRole("button", { name: "▶ Play" }).click();
  await expect(atlas.chip("automotive")).toBeHidden();
  await expect.poll(() => atlas.param("to")).not.toBeNull();
});

test("on a 390 px phone the Share and Present menus open whole on the screen", async ({ atlas, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await atlas.open();
  for (const name of ["Share", "Present"]) {
    const summary = page.locator("summary", { hasText: name });
    await summary.click();
    const menu = page.locator("details[open] .menu");
    await expect(menu).toBeVisible();
    const box = await menu.boundingBox();
    expect(box.x, `${name} menu's left edge`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${name} menu's right edge`).toBeLessThanOrEqual(390);
    await summary.click();
    await expect(menu).toHaveCount(0);
  }
});

test("on a 1920x1080 projector the map fills the screen below the top bar", async ({ atlas, page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await atlas.open();
  const map = await atlas.map.boundingBox();
  expect(map.y + map.height).toBeGreaterThan(1075);
  // Between the filters and the networks' column, which keeps the map in Europe's proportions.
  expect(map.width).toBeGreaterThan(1350);
  const networks = await page.locator(".networks-panel").boundingBox();
  expect(Math.abs(map.x + map.width - networks.x)).toBeLessThan(2);
});
