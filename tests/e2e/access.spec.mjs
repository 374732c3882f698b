// Accessibility: the table view as an equal of the map, keyboard browsing of the map itself,
// and axe-core on every main state with no violation.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test, expect } from "./fixtures.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core on the page with its default rules (WCAG 2.0 and 2.1 A and AA, and best
 * practices such as one `main` landmark) and every WCAG 2.2 AA rule besides, which axe leaves
 * off by default (`target-size`, WCAG 2.5.8); returns the violations, readably. */
async function axeViolations(page) {
  await page.evaluate(axeSource);
  const { violations, ran } = await page.evaluate(async () => {
    const wcag22 = window.axe.getRules(["wcag22aa"]).map((rule) => rule.ruleId);
    const result = await window.axe.run(document, {
      rules: Object.fromEntries(wcag22.map((id) => [id, { enabled: true }])),
    });
    const ran = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map((r) => r.id);
    const violations = result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 12).map((n) => `${n.target.join(" ")}: ${n.failureSummary.split("\n").slice(0, 3).join(" ")}`),
    }));
    return { violations, ran };
  });
  // The WCAG 2.2 rule that finds targets smaller than 24 px must have run.
  expect(ran).toContain("target-size");
  expect(ran).toContain("landmark-one-main");
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

/** The share of the pixels along the inside of a box's four edges (`inset` px in) that have
 * the colour `rgb` (within a small tolerance), as seen on the screen: a screenshot, so only
 * what is drawn on top counts. */
async function edgeShare(page, box, rgb, inset = 1) {
  const png = (await page.screenshot({ clip: box })).toString("base64");
  return page.evaluate(
    async ({ png, rgb, inset }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
      const context = canvas.getContext("2d");
      context.drawImage(image, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
      const near = (x, y) => {
        const i = (y * width + x) * 4;
        return Math.abs(data[i] - rgb[0]) + Math.abs(data[i + 1] - rgb[1]) + Math.abs(data[i + 2] - rgb[2]) < 40;
      };
      let hits = 0;
      let all = 0;
      for (let x = 0; x < width; x++) {
        for (const y of [inset, height - 1 - inset]) (all++, near(x, y) && hits++);
      }
      for (let y = 0; y < height; y++) {
        for (const x of [inset, width - 1 - inset]) (all++, near(x, y) && hits++);
      }
      return hits / all;
    },
    { png, rgb, inset },
  );
}

/** A custom property's colour, as [r, g, b]. */
async function colourOf(page, property) {
  const rgb = await page.evaluate((property) => {
    const probe = document.createElement("span");
    probe.style.color = `var(${property})`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, property);
  return rgb.match(/\d+/g).slice(0, 3).map(Number);
}

/** Presses Tab until the map has the focus (at most `limit` times); returns the presses. */
async function tabToMap(page, limit = 60) {
  for (let presses = 0; presses < limit; presses++) {
    if (await page.evaluate(() => document.activeElement?.classList.contains("map"))) return presses;
    await page.keyboard.press("Tab");
  }
  throw new Error(`the map did not get the focus in ${limit} presses of Tab`);
}

test("the map shows its focus ring on top of its picture, and a marker on the region the keyboard is on", async ({ atlas, page }) => {
  await atlas.open();
  await atlas.cameraAtRest();
  const box = await atlas.map.boundingBox();
  const ring = await colourOf(page, "--atlas-focus");
  // Without the focus, the map's edges are sea and land.
  expect(await edgeShare(page, box, ring)).toBeLessThan(0.1);
  // With the keyboard's focus, the ring runs all round the map, over the canvas.
  await tabToMap(page);
  expect(await edgeShare(page, box, ring)).toBeGreaterThan(0.9);

  // Browsing: the region the keyboard is on has a ring of the focus colour round its point.
  await page.keyboard.press("Enter");
  const live = page.locator(".browse-announcement");
  await expect(live).toHaveAttribute("data-region", /.+/);
  const point = await atlas.regionPoint(await live.getAttribute("data-region"));
  const marker = page.locator(".browse-marker");
  await expect(marker).toBeVisible();
  const markerBox = await marker.boundingBox();
  expect(Math.abs(markerBox.x + markerBox.width / 2 - point.x)).toBeLessThan(2);
  expect(Math.abs(markerBox.y + markerBox.height / 2 - point.y)).toBeLessThan(2);
  expect(await edgeShare(page, markerBox, ring, Math.floor(markerBox.width / 2) - 2)).toBeGreaterThan(0.1);
  // It follows the region when the camera moves.
  await page.keyboard.press("+");
  await atlas.cameraAtRest();
  const moved = await atlas.regionPoint(await live.getAttribute("data-region"));
  const movedBox = await marker.boundingBox();
  expect(Math.abs(movedBox.x + movedBox.width / 2 - moved.x)).toBeLessThan(2);
  // Leaving the map takes the ring and the marker away.
  await page.keyboard.press("Tab");
  await expect(marker).toBeHidden();
  expect(await edgeShare(page, box, ring)).toBeLessThan(0.1);
});

test("a skip link leads into the map, and Tab crosses a region's page in a number of presses that long lists do not grow", async ({ atlas, page }) => {
  // From the top of the page to leaving it, with Lombardy's card open (the region with the
  // most partners, networks and agreements).
  await atlas.open("region=ITC4");
  await page.keyboard.press("Tab");
  const stops = [];
  while (stops.length < 400) {
    const stop = await page.evaluate(() => {
      const e = document.activeElement;
      return !e || e === document.body ? null : `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} ${e.textContent.slice(0, 30)}`;
    });
    if (stop === null) break;
    stops.push(stop);
    await page.keyboard.press("Tab");
  }
  console.log(`Tab stops from the top of ?region=ITC4 to leaving the page: ${stops.length}`);
  // Lombardy's 116 partners, the timeline's 56 years and the 31 networks are one stop each at
  // most (they took 315 presses in all); what is left is the card's own content, each network
  // and agreement with its sources, which "Skip the details" passes in one press.
  const count = (prefix) => stops.filter((s) => s.startsWith(prefix)).length;
  expect(count("button.chip.small"), "the partners").toBe(1);
  expect(count("button.network-row"), "the networks").toBe(1);
  expect(count("span.bar"), "the histogram's years").toBe(0);
  expect(stops.length, stops.join("\n")).toBeLessThan(120);
  const details = stops.findIndex((s) => s.startsWith("a.skip-link Skip the details"));
  expect(details, "the details have a skip link").toBeGreaterThan(0);

  // Within the partners, the arrows move, Home and End go to the ends, Tab leaves.
  await atlas.open("region=ITC4");
  const partners = page.locator(".details [role=toolbar] button");
  await partners.first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(partners.nth(1)).toBeFocused();
  await page.keyboard.press("End");
  await expect(partners.last()).toBeFocused();
  await page.keyboard.press("Home");
  await expect(partners.first()).toBeFocused();
  await page.keyboard.press("ArrowRight");
  // Tab leaves the group, Shift+Tab comes back to the partner last focused.
  await page.keyboard.press("Tab");
  await expect(partners.nth(1)).not.toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(partners.nth(1)).toBeFocused();

  // "Skip the details": one press of Enter, and the next Tab is past the card.
  await page.locator(".details .skip-link").focus();
  await expect(page.locator(".details .skip-link")).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("#details-end")).toBeFocused();
  await expect(page.locator("#details-end")).toBeVisible();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement.closest(".details"))).toBeNull();

  // The first stop is the skip link, on screen when it has the focus; it leads into the map.
  await atlas.open("region=ITC4");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Skip to the map");
  await expect(page.locator(":focus")).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains("map"))).toBe(true);
});

test("in an embed, a skip link leads past the whole atlas, and the next Tab is the host page's", async ({ page }) => {
  // The host page of embed.spec.mjs: the atlas in a sandboxed frame, a link after it.
  await page.goto(`http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}/host/`);
  const frame = page.frameLocator("#atlas");
  await expect(frame.locator(".details h2")).toHaveText("Lombardy");
  await page.keyboard.press("Tab");
  await expect(frame.locator(":focus")).toHaveText("Skip to the map");
  await page.keyboard.press("Tab");
  await expect(frame.locator(":focus")).toHaveText("Skip the atlas");
  await expect(frame.locator(":focus")).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(frame.locator("#atlas-end")).toBeFocused();
  await expect(frame.locator("#atlas-end")).toHaveText("End of the atlas");
  await page.keyboard.press("Tab");
  await expect(page.locator("#after-atlas")).toBeFocused();
});

/** The contrast ratio of two [r, g, b] colours (WCAG 2). */
function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, bl] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

for (const colorScheme of ["light", "dark"]) {
  test.describe(`${colorScheme}`, () => {
    test.use({ colorScheme });
    test("focus rings keep 3:1 against what they sit on, and links 4.5:1", async ({ atlas, page }) => {
      await atlas.open();
      const c = {};
      for (const name of ["focus", "focus-on-brand", "link", "brand", "page", "surface", "sea", "land", "hover"]) {
        c[name] = await colourOf(page, `--atlas-${name}`);
      }
      for (const under of ["page", "surface", "sea", "land"]) {
        expect(contrast(c.focus, c[under]), `--atlas-focus on --atlas-${under}`).toBeGreaterThanOrEqual(3);
        if (under !== "sea" && under !== "land") {
          expect(contrast(c.link, c[under]), `--atlas-link on --atlas-${under}`).toBeGreaterThanOrEqual(4.5);
        }
      }
      expect(contrast(c.link, c.hover), "--atlas-link on --atlas-hover").toBeGreaterThanOrEqual(4.5);
      expect(contrast(c["focus-on-brand"], c.brand), "--atlas-focus-on-brand on --atlas-brand").toBeGreaterThanOrEqual(3);
      // And the page uses them: the search field's ring on the top bar, a link's text.
      await page.locator(".search input").focus();
      const ring = await page.evaluate(() => getComputedStyle(document.querySelector(".search input")).outlineColor);
      expect(ring.match(/\d+/g).slice(0, 3).map(Number)).toEqual(c["focus-on-brand"]);
    });
  });
}

/** Opens a menu on the top bar by its summary. */
const openMenu = (name) => async (page) => {
  await page.locator(`.${name}-menu summary`).click();
  await expect(page.locator(`.${name}-menu .menu`)).toBeVisible();
};

/** The main states of the atlas: [name, link, what to do once it is open]. */
const MAIN_STATES = [
  ["the first view", "", null],
  ["a region's card", "region=ITC4", null],
  ["a network's card with hubs", "network=esra", null],
  ["a pair's card", "region=ITC4&with=BE2", null],
  ["the network layout in pairs", "layout=network&draw=pairs", null],
  ["the ties table", "view=table", null],
  ["the regions table with a focus", "view=table&rows=regions&region=DE2", null],
  ["the list of changes", "view=changes&from=2024&to=2026", null],
  ["the Italian interface", "lang=it&region=ITC4", null],
  [
    "the filters open",
    "",
    async (page) => {
      const toggle = page.locator(".filters-toggle");
      if (await toggle.isVisible()) await toggle.click();
      await expect(page.locator("#filters")).toBeVisible();
    },
  ],
  ["the Share menu", "", openMenu("share")],
  ["the Present menu", "", openMenu("present")],
  ["presentation of a story", "story=lombardy&step=2", async (page) => expect(page.locator(".story-bar")).toBeVisible()],
  [
    "the story editor",
    "region=ITC4",
    async (page) => {
      await openMenu("present")(page);
      await page.getByRole("button", { name: "Make a story from views of the atlas" }).click();
      await expect(page.locator(".story-editor")).toBeVisible();
    },
  ],
  ["the embed", "embed=1&region=ITC4", null],
  [
    "the embed with filters open",
    "embed=1",
    async (page) => {
      await page.getByRole("button", { name: "Filters" }).click();
      await expect(page.locator("#filters")).toBeVisible();
    },
  ],
];

const SIZES = [
  ["at 1280x800", { viewport: { width: 1280, height: 800 } }],
  ["on a 390x844 phone", { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
];

for (const [size, options] of SIZES) {
  for (const colorScheme of ["light", "dark"]) {
    test.describe(`${size}, ${colorScheme}`, () => {
      test.use({ ...options, colorScheme });
      test(`axe-core (default rules and WCAG 2.2 AA) finds no violation in any main state`, async ({ atlas, page }) => {
        test.setTimeout(240_000);
        const found = {};
        for (const [state, query, prepare] of MAIN_STATES) {
          await test.step(state, async () => {
            // (Not atlas.open: an embed on a phone folds its status line away.)
            await page.goto(query ? `./?${query}` : "./");
            if (query.includes("view=table")) await expect(page.locator("table.data-table")).toBeVisible();
            else await expect.poll(() => atlas.labels.count()).toBeGreaterThan(0);
            if (prepare) await prepare(page);
            if (colorScheme === "dark") {
              // The page follows the system: a dark page, every channel below the middle.
              const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
              expect(Math.max(...background.match(/\d+/g).slice(0, 3).map(Number))).toBeLessThan(80);
            }
            await page.waitForTimeout(300);
            const violations = await axeViolations(page);
            if (violations.length) found[state] = violations;
            // Each state starts afresh (the story editor remembers that it was open).
            await page.evaluate(() => localStorage.clear());
          });
        }
        expect(found).toEqual({});
      });
    });
  }
}
