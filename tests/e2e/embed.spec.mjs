// A regional website embeds the atlas: sandboxed frame, strict CSP, sub-path, no scroll
// hijacking, a height message, no cookies, nothing fetched from anywhere else; the documented
// snippet and the <alliance-atlas> element, the host's colours, and a host policy that forgets
// WebAssembly.
import { test, expect } from "./fixtures.mjs";

const HOST = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}`;

test("the atlas embeds in a sandboxed frame under a strict policy and behaves", async ({ page }) => {
  const requests = [];
  const problems = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${HOST}/host/`);
  const frame = page.frameLocator("#atlas");
  await expect(frame.locator("p.status[role=status]")).toBeVisible();
  // It opened as the link said: Lombardy in focus, filters folded, a way to the full atlas.
  await expect(frame.locator(".details h2")).toHaveText("Lombardy");
  await expect(frame.getByRole("button", { name: "Filters" })).toHaveAttribute("aria-expanded", "false");
  const full = frame.getByRole("link", { name: "Open full atlas ↗" });
  await expect(full).toHaveAttribute("href", /\/atlas\/\?region=ITC4$/);

  // The host sized the frame to the height the atlas asked for (wait until it stops asking).
  await expect.poll(() => page.evaluate(() => window.atlasHeights.length)).toBeGreaterThan(0);
  let heights = -1;
  await expect
    .poll(async () => {
      await page.waitForTimeout(300);
      const now = await page.evaluate(() => window.atlasHeights.length);
      const still = now === heights;
      heights = now;
      return still;
    })
    .toBe(true);
  const asked = await page.evaluate(() => window.atlasHeights.at(-1));
  expect(asked).toBeGreaterThan(500);
  const inner = await page.locator("#atlas").evaluate((frame) => frame.clientHeight);
  expect(inner).toBe(asked);

  // Scrolling over the map scrolls the host page; the map stays put and says how to zoom.
  await page.locator("#atlas").scrollIntoViewIfNeeded();
  const transform = () => frame.locator(".map-labels > g").getAttribute("transform");
  const before = await transform();
  const scrollBefore = await page.evaluate(() => window.scrollY);
  const mapBox = await frame.locator(".map").boundingBox();
  await page.mouse.move(mapBox.x + mapBox.width * 0.6, mapBox.y + mapBox.height / 2);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
  expect(await transform()).toBe(before);
  await expect(frame.locator(".wheel-hint")).toBeVisible();

  // After a click into the map, the wheel zooms the map and leaves the page alone.
  await page.locator("#atlas").scrollIntoViewIfNeeded();
  const mapNow = await frame.locator(".map").boundingBox();
  const visibleTop = Math.max(mapNow.y, 0);
  const visibleBottom = Math.min(mapNow.y + mapNow.height, 800);
  await page.mouse.click(mapNow.x + mapNow.width * 0.8, (visibleTop + visibleBottom) / 2);
  const scrollAfterClick = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, -300);
  await expect.poll(transform).not.toBe(before);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollAfterClick);

  // The filters unfold over the map and work.
  await frame.getByRole("button", { name: "Filters" }).click();
  await frame.locator('button.chip[data-sector="semiconductors"]').click();
  await expect(frame.locator('button.chip[data-sector="semiconductors"]')).toHaveAttribute("aria-pressed", "true");

  // No cookie, no request anywhere but the host's own origin, no error, no policy violation.
  expect(await page.context().cookies()).toEqual([]);
  expect(requests.filter((u) => !u.startsWith(HOST))).toEqual([]);
  expect(requests.some((u) => u.includes("/atlas/data/atlas.json"))).toBe(true);
  expect(problems).toEqual([]);
});

test("served under a sub-path with the CSP header, the full page works too", async ({ page }) => {
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  await page.goto(`${HOST}/atlas/?sectors=semiconductors&from=2026`);
  await expect(page.locator("p.status[role=status]")).toContainText("agreements");
  const response = await page.request.get(`${HOST}/atlas/`);
  expect(response.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(problems).toEqual([]);
});

test.describe("in a phone-sized embed", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the card stays inside the frame, and one finger over the map scrolls the host page", async ({ page }) => {
    await page.goto(`${HOST}/host/piedmont.html`);
    const frame = page.frameLocator("#atlas");
    await expect(frame.locator(".details h2")).toHaveText("Piedmont");
    await page.locator("#atlas").scrollIntoViewIfNeeded();
    // The card lies within the frame's box, once the host has sized the frame as asked.
    await expect
      .poll(async () => {
        const frameBox = await page.locator("#atlas").boundingBox();
        const card = await frame.locator(".details").boundingBox();
        return card.y >= frameBox.y - 1 && card.y + card.height <= frameBox.y + frameBox.height + 1;
      })
      .toBe(true);

    // A one-finger swipe up over the map scrolls the host page, and the map stays put.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator("#atlas").scrollIntoViewIfNeeded();
    const map = await frame.locator(".map").boundingBox();
    const transform = () => frame.locator(".map-labels > g").getAttribute("transform");
    const before = await transform();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const x = map.x + map.width * 0.5;
    const y = Math.min(map.y + map.height * 0.3, 700);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++) {
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: y - i * 15 }] });
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore + 40);
    expect(await transform()).toBe(before);
  });
});

/** Counts, inside the frame, the map's pixels within a few levels of `rgb`. */
async function pixelsOfColour(frame, rgb) {
  return frame.locator("canvas.map-canvas").evaluate((canvas, [r, g, b]) => {
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r) < 12 && Math.abs(data[i + 1] - g) < 12 && Math.abs(data[i + 2] - b) < 12) n++;
    }
    return n;
  }, rgb);
}

/** Every policy violation, in the host page and in the frame (init scripts run in both). */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
}

async function violations(page) {
  const all = [];
  for (const f of page.frames()) all.push(...(await f.evaluate(() => window.__violations ?? []).catch(() => [])));
  return all;
}

/** Waits until the host has sized the frame as the atlas last asked, and the atlas stopped asking. */
async function settledHeight(page) {
  let count = -1;
  await expect
    .poll(async () => {
      await page.waitForTimeout(400);
      const now = await page.evaluate(() => window.atlasHeights.length);
      const still = now > 0 && now === count;
      count = now;
      return still;
    }, { timeout: 20_000 })
    .toBe(true);
  return page.evaluate(() => window.atlasHeights.at(-1));
}

for (const size of [
  { name: "at 1280x800", viewport: { width: 1280, height: 800 } },
  { name: "on a 390x844 phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
]) {
  test.describe(`the <alliance-atlas> element ${size.name}`, () => {
    test.use({ viewport: size.viewport, isMobile: !!size.isMobile, hasTouch: !!size.hasTouch });

    test("makes a frame that follows the atlas's height, in the host's colours, under its strict policy", async ({ page }) => {
      const problems = [];
      page.on("pageerror", (e) => problems.push(e.message));
      page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
      await watchViolations(page);
      await page.goto(`${HOST}/host/element.html`);
      const frame = page.frameLocator("#atlas iframe");
      // The card of ?region=ITC1, in Italian as lang="it" asked.
      await expect(frame.locator(".details h2")).toHaveText("Piemonte");
      await expect(page.locator("#atlas iframe")).toHaveAttribute("title", /Alliance Atlas: mappa/);
      // The frame is exactly as tall as everything the atlas shows: nothing scrolls inside it.
      const asked = await settledHeight(page);
      const frameHeight = await page.locator("#atlas iframe").evaluate((f) => f.getBoundingClientRect().height);
      expect(frameHeight).toBe(asked);
      const content = await frame.locator(".atlas").evaluate((a) => Math.ceil(a.getBoundingClientRect().height));
      expect(asked).toBe(content);
      // (A frame out of view may not have been laid out at its new size yet.)
      await page.locator("#atlas").scrollIntoViewIfNeeded();
      await expect
        .poll(() => frame.locator("html").evaluate(() => document.documentElement.scrollHeight - innerHeight))
        .toBeLessThanOrEqual(0);
      // The card lies inside the frame's box (on a phone, below the map).
      const frameBox = await page.locator("#atlas iframe").boundingBox();
      const card = await frame.locator(".details").boundingBox();
      expect(card.y).toBeGreaterThanOrEqual(frameBox.y - 1);
      expect(card.y + card.height).toBeLessThanOrEqual(frameBox.y + frameBox.height + 1);
      // The host's style sheet (theme=/host/atlas-theme.css) colours the top bar and the map:
      // its accent #c8102e marks Piedmont, in focus, on the map.
      await expect(frame.locator(".topbar")).toHaveCSS("background-color", "rgb(0, 80, 30)");
      await page.locator("#atlas").scrollIntoViewIfNeeded();
      await expect.poll(() => pixelsOfColour(frame, [0xc8, 0x10, 0x2e])).toBeGreaterThan(30);
      expect(await violations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}

test("without the host's style sheet, the map has none of its accent (the colour test can fail)", async ({ page }) => {
  await page.goto(`${HOST}/host/piedmont.html`);
  const frame = page.frameLocator("#atlas");
  await expect(frame.locator(".details h2")).toHaveText("Piedmont");
  await page.locator("#atlas").scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  expect(await pixelsOfColour(frame, [0xc8, 0x10, 0x2e])).toBeLessThan(5);
});

test("a host policy without 'wasm-unsafe-eval' shows a message naming the directive, not a blank frame", async ({ page }) => {
  await page.goto(`${HOST}/host/locked.html`);
  const frame = page.frameLocator("#atlas iframe");
  const message = frame.locator("#boot-message");
  await expect(message).toBeVisible();
  await expect(message.locator("h1")).toHaveText("Alliance Atlas non può avviarsi in questa pagina");
  await expect(message).toContainText("script-src");
  await expect(message).toContainText("'wasm-unsafe-eval'");
  // The frame makes room for the message.
  await expect.poll(() => page.evaluate(() => window.atlasHeights.length)).toBeGreaterThan(0);
  const box = await frame.locator("#boot-message").boundingBox();
  const frameBox = await page.locator("#atlas iframe").boundingBox();
  expect(box.y + box.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
});

test("the embed script ignores height messages from other windows and origins", async ({ page }) => {
  await page.goto(`${HOST}/host/element.html`);
  const frame = page.frameLocator("#atlas iframe");
  await expect(frame.locator(".details h2")).toHaveText("Piemonte");
  const asked = await settledHeight(page);
  // The host page itself (not the frame) posts a height: ignored.
  await page.evaluate(() => window.postMessage({ type: "alliance-atlas:height", height: 3333 }, "*"));
  // A second, unrelated frame of another document posts one: ignored.
  await page.evaluate(() => {
    const other = document.createElement("iframe");
    other.src = "/host/favicon.svg";
    document.body.appendChild(other);
    return new Promise((resolve) => other.addEventListener("load", () => {
      other.contentWindow.parent.postMessage({ type: "alliance-atlas:height", height: 4444 }, "*");
      resolve();
    }));
  });
  await page.waitForTimeout(300);
  const height = await page.locator("#atlas iframe").evaluate((f) => f.getBoundingClientRect().height);
  expect(height).toBe(asked);
});
