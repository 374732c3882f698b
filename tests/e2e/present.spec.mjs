// Presentation mode: the bundled story stepped through with a clicker's keys, links to a step,
// autoplay for a kiosk, no network once loaded, and type large enough for a projector.
import { test, expect } from "./fixtures.mjs";

const bar = (page) => page.locator(".story-bar");

test.use({ viewport: { width: 1920, height: 1080 } });

test("the Lombardy story steps forward and back with the clicker's keys", async ({ atlas, page }) => {
  await atlas.open("story=lombardy");
  await expect(bar(page).locator(".story-position")).toHaveText("1 / 10");
  await expect(bar(page).locator("h2")).toHaveText("1972: ARGE ALP, the Alpine regions");
  await expect.poll(() => atlas.param("step")).toBe("1");
  expect(await page.evaluate(() => document.documentElement.classList.contains("presenting"))).toBe(true);
  await expect(page.locator(".sidebar")).toBeHidden();
  const counts1972 = await atlas.counts();

  // PageDown, as a clicker sends it: the next step, its view, its place in the link.
  const before = await atlas.transform();
  await page.keyboard.press("PageDown");
  await expect(bar(page).locator(".story-position")).toHaveText("2 / 10");
  await expect(bar(page).locator("h2")).toHaveText("1988: the Four Motors for Europe");
  await expect(bar(page).locator(".caption")).toContainText("9 September 1988");
  await expect.poll(() => atlas.param("step")).toBe("2");
  expect(atlas.param("network")).toBe("four-motors");
  expect(atlas.param("to")).toBe("1988");
  await expect.poll(() => atlas.counts()).not.toEqual(counts1972);
  // The camera glides to the step's framing.
  await atlas.cameraAtRest();
  expect(await atlas.transform()).not.toBe(before);

  // Arrows and Space move on too; PageUp goes back; Home and End jump.
  await page.keyboard.press("ArrowRight");
  await expect(bar(page).locator(".story-position")).toHaveText("3 / 10");
  await page.keyboard.press("Space");
  await expect(bar(page).locator(".story-position")).toHaveText("4 / 10");
  await page.keyboard.press("PageUp");
  await expect(bar(page).locator(".story-position")).toHaveText("3 / 10");
  await page.keyboard.press("End");
  await expect(bar(page).locator(".story-position")).toHaveText("10 / 10");
  await expect(bar(page).locator("h2")).toHaveText("Lombardy's alliances today");
  // At the end, the next key stays on the last step.
  await page.keyboard.press("PageDown");
  await expect(bar(page).locator(".story-position")).toHaveText("10 / 10");
  await page.keyboard.press("Home");
  await expect(bar(page).locator(".story-position")).toHaveText("1 / 10");

  // Escape leaves: the controls come back, the link no longer names the story.
  await page.keyboard.press("Escape");
  await expect(bar(page)).toHaveCount(0);
  await expect(page.locator(".sidebar")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.classList.contains("presenting"))).toBe(false);
  await expect.poll(() => atlas.param("story")).toBeNull();
});

test("a link opens a step, in the reader's language", async ({ atlas, page }) => {
  await atlas.open("story=lombardy&step=9&lang=it");
  await expect(bar(page).locator(".story-position")).toHaveText("9 / 10");
  await expect(bar(page).locator(".caption")).toContainText("3 marzo 2026");
  await expect(bar(page).locator(".caption")).toContainText("Fiandre");
  // The pair's ties are the view: Lombardy with Flanders.
  expect(atlas.param("region")).toBe("ITC4");
  expect(atlas.param("with")).toBe("BE2");
});

test("the Present menu presents this view or a story, full screen", async ({ atlas, page }) => {
  await atlas.open("region=DE2");
  await page.getByText("Present", { exact: true }).click();
  await page.getByRole("button", { name: /Present this view/ }).click();
  await expect(page.locator("html.presenting")).toHaveCount(1);
  await expect(page.getByRole("button", { name: /Leave presentation/ })).toBeVisible();
  expect(atlas.param("region")).toBe("DE2");
  await page.getByRole("button", { name: /Leave presentation/ }).click();
  await expect(page.locator("html.presenting")).toHaveCount(0);

  await page.getByText("Present", { exact: true }).click();
  await page.getByRole("button", { name: /Europe's semiconductor regions/ }).click();
  await expect(bar(page).locator(".story-position")).toHaveText(/^1 \/ \d+$/);
  await expect.poll(() => atlas.param("story")).toBe("semiconductors");
  // The buttons step too, for a presenter with a mouse.
  await bar(page).getByRole("button", { name: "Next step" }).click();
  await expect(bar(page).locator(".story-position")).toHaveText(/^2 \//);
});

test("once loaded, the story needs no network", async ({ atlas, page }) => {
  await atlas.open("story=lombardy");
  const asked = [];
  await page.route("**/*", (route) => {
    asked.push(route.request().url());
    return route.abort();
  });
  for (let step = 2; step <= 10; step++) {
    await page.keyboard.press("PageDown");
    await expect(bar(page).locator(".story-position")).toHaveText(`${step} / 10`);
  }
  await atlas.cameraAtRest();
  expect(asked).toEqual([]);
  // The map is still drawn and labelled.
  await expect.poll(() => atlas.labels.count()).toBeGreaterThan(0);
});

test("autoplay moves on by itself for a kiosk, and a key stops it", async ({ atlas, page }) => {
  await atlas.open("story=lombardy&autoplay=3");
  await expect(bar(page).locator(".story-position")).toHaveText("1 / 10");
  await expect(bar(page).locator(".story-position")).toHaveText("2 / 10", { timeout: 6000 });
  await page.keyboard.press("PageUp");
  await expect(bar(page).locator(".story-position")).toHaveText("1 / 10");
  await expect.poll(() => atlas.param("autoplay")).toBeNull();
  await page.waitForTimeout(3500);
  await expect(bar(page).locator(".story-position")).toHaveText("1 / 10");
});

test.describe("a story the site does not have", () => {
  test.use({ expectedProblems: /Failed to load resource: the server responded with a status of 404/ });
  test("is said so, and the atlas shows its view", async ({ atlas, page }) => {
    // A short name is looked for in the site's stories/ folder.
    await atlas.open("story=nowhere&region=ITC4");
    await expect(page.locator(".data-notice")).toContainText("could not be shown");
    await expect(page.locator(".data-notice")).toContainText("404");
    await expect(page.locator(".data-notice")).toContainText("stories/ folder; the bundled stories are lombardy, semiconductors");
    await expect(bar(page)).toHaveCount(0);
    await expect(atlas.details.locator("h2")).toHaveText("Lombardy");
  });
});

test("a story's short name finds its file in the site's stories folder", async ({ atlas, page }) => {
  // The site's own story file, served from stories/ (the bundled file, here as any site's).
  await page.route("**/stories/board-2027.json", (route) =>
    route.fulfill({ path: "public/stories/semiconductors.json", contentType: "application/json" }),
  );
  await atlas.open("story=board-2027&lang=en");
  await expect(bar(page).locator(".story-name")).toHaveText("Europe's semiconductor regions");
});

test("a story file on the same site is read and checked", async ({ atlas, page }) => {
  const story = {
    format_version: "1.0",
    id: "mine",
    title: { en: "Our region" },
    steps: [
      { title: { en: "Flanders" }, caption: { en: "Flanders in focus." }, view: "region=BE2" },
      { title: { en: "Nowhere" }, caption: { en: "A region the data lacks." }, view: "region=XX9" },
    ],
  };
  await page.route("**/stories/mine.json", (route) => route.fulfill({ json: story }));
  await atlas.open("story=stories/mine.json");
  await expect(page.locator(".data-notice")).toContainText("steps[1].view (step 2)");
  await expect(page.locator(".data-notice")).toContainText("XX9");
  story.steps.pop();
  await page.goto("./?story=stories/mine.json");
  await expect(bar(page).locator("h2")).toHaveText("Flanders");
  await expect(bar(page).locator(".story-position")).toHaveText("1 / 1");
});

test("on a 1920x1080 projector the caption reads from the back of the room", async ({ atlas, page }) => {
  await atlas.open("story=lombardy&step=2");
  const size = (locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size(bar(page).locator("h2"))).toBeGreaterThanOrEqual(30);
  expect(await size(bar(page).locator(".caption"))).toBeGreaterThanOrEqual(22);
  const label = atlas.label("ITC4");
  await expect(label).toBeVisible();
  // Names on the map grow with the projector, like the caption (24 px type at 1920x1080; the
  // box also holds the white halo).
  expect((await label.boundingBox()).height).toBeGreaterThanOrEqual(30);
  // The caption leaves the map most of the screen.
  const box = await bar(page).boundingBox();
  expect(box.height).toBeLessThan(1080 * 0.3);
});

test.describe("on a 1024x768 projector", () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test("names on the map are smaller than at 1920x1080 but still large, and clear of the buttons", async ({ atlas, page }) => {
    await atlas.open("story=lombardy&step=7");
    const label = atlas.label("ITC4");
    await expect(label).toBeVisible();
    const height = (await label.boundingBox()).height;
    // 14 px type (18 px at 1920x1080 would crowd a small projector; the box holds the halo).
    expect(height).toBeGreaterThanOrEqual(18);
    expect(height).toBeLessThan(30);
    const leave = await page.locator(".leave-presentation").boundingBox();
    const overlapping = await page.locator(".map-labels text").evaluateAll((texts, b) =>
      texts.filter((t) => {
        const r = t.getBoundingClientRect();
        return r.right > b.x && r.left < b.x + b.width && r.bottom > b.y && r.top < b.y + b.height;
      }).map((t) => t.textContent), leave);
    expect(overlapping, "names under the Leave presentation button").toEqual([]);
  });
});

test("while a story plays the map is locked; unlocked it explores, and the story takes it back", async ({ atlas, page }) => {
  await atlas.open("story=lombardy&step=2&lang=en");
  await expect(bar(page)).toBeVisible();
  await atlas.cameraAtRest();
  const before = await atlas.transform();
  const box = await atlas.map.boundingBox();
  // A stray wheel or click over the map changes nothing.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
  await page.mouse.wheel(0, -400);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 3);
  await page.waitForTimeout(400);
  expect(await atlas.transform()).toBe(before);
  expect(atlas.param("step")).toBe("2");

  await page.getByRole("button", { name: "Unlock the map to explore" }).click();
  await expect(page.locator(".map-lock")).toHaveCount(0);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => atlas.transform()).not.toBe(before);

  await page.getByRole("button", { name: "Back to the story" }).click();
  await expect(page.locator(".map-lock")).toHaveCount(1);
  await atlas.cameraAtRest();
  expect(atlas.param("network")).toBe("four-motors");
  expect(atlas.param("zoom")).toBeNull();
});

test("the presenter picks a dark or light room, F goes full screen, and a key says what the lines mean", async ({ atlas, page }) => {
  await atlas.open("story=semiconductors&step=1&lang=en");
  await expect(bar(page)).toBeVisible();
  const sea = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--atlas-sea").trim());
  const light = await sea();
  await page.getByRole("button", { name: "Dark room" }).click();
  await expect(page.locator("html.presenter-dark")).toHaveCount(1);
  expect(await sea()).not.toBe(light);
  // The choice is kept for the next presentation in this browser.
  expect(await page.evaluate(() => localStorage.getItem("alliance-atlas.presenter-theme"))).toBe("dark");
  await page.getByRole("button", { name: "Light room" }).click();
  expect(await sea()).toBe(light);

  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(page.getByRole("button", { name: "Leave full screen (F)" })).toBeVisible();
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  // Leaving full screen on purpose keeps presenting.
  await expect(page.locator("html.presenting")).toHaveCount(1);

  const key = page.locator(".presenter-legend");
  await expect(key).toContainText("Semiconductors and microelectronics");
  await expect(key).toContainText("thicker line: more ties");
});

test("names never swell or drift while the camera glides between steps", async ({ atlas, page }) => {
  await atlas.open("story=lombardy&step=1&lang=en");
  await atlas.cameraAtRest();
  await page.evaluate(() => {
    window.__labelSizes = [];
    const sample = () => {
      const svg = document.querySelector(".map-labels");
      if (svg && getComputedStyle(svg).visibility !== "hidden") {
        for (const t of svg.querySelectorAll("text")) {
          const h = t.getBoundingClientRect().height;
          if (h > 0) window.__labelSizes.push(h);
        }
      }
      if (window.__labelSizes.length < 1e6 && !window.__stopSampling) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  // From all of the Alps to the Four Motors and to a pair: zooms both ways.
  for (const key of ["PageDown", "End", "Home"]) {
    await page.keyboard.press(key);
    await page.waitForTimeout(1400);
  }
  const sizes = await page.evaluate(() => {
    window.__stopSampling = true;
    return window.__labelSizes;
  });
  expect(sizes.length).toBeGreaterThan(0);
  // Presenter names are about 16-30 px tall; before the fix they reached about 100 px.
  expect(Math.max(...sizes)).toBeLessThan(45);
});
