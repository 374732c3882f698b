// Shared fixtures: every test gets an `atlas` page object, and fails if the page logs an
// error, throws, asks any origin but its own, sets a cookie, writes to storage or breaks its
// Content-Security-Policy.
import { test as base, expect } from "@playwright/test";

export class AtlasPage {
  constructor(page) {
    this.page = page;
    this.status = page.locator("p.status[role=status]");
    this.map = page.locator(".map");
    this.canvas = page.locator("canvas.map-canvas");
    this.labels = page.locator(".map-labels text");
    this.details = page.locator(".details");
    this.tooltip = page.locator(".tooltip");
    this.search = page.getByRole("combobox", { name: "Find a region or network" });
  }

  /** Opens the atlas with a query string (without "?") and waits for the map (or table). */
  async open(query = "") {
    await this.page.goto(query ? `./?${query}` : "./");
    await expect(this.status).toBeVisible();
    if (query.includes("view=table")) {
      await expect(this.page.locator("table.data-table")).toBeVisible();
    } else {
      await expect.poll(() => this.labels.count()).toBeGreaterThan(0);
    }
  }

  chip(sectorId) {
    return this.page.locator(`button.chip[data-sector="${sectorId}"]`);
  }

  year(name) {
    return this.page.locator(`input[type=range][name="${name}"]`);
  }

  networkRow(id) {
    return this.page.locator(`.network-row[data-network="${id}"]`);
  }

  label(regionId) {
    return this.page.locator(`.map-labels text[data-region="${regionId}"]`);
  }

  hubLabel(networkId) {
    return this.page.locator(`.map-labels text[data-network="${networkId}"]`);
  }

  /** Where a region's node is drawn, in page pixels (the map is a canvas). */
  regionPoint(id) {
    return this.page.evaluate((id) => window.allianceAtlas.regionPoint(id), id);
  }

  hubPoint(id) {
    return this.page.evaluate((id) => window.allianceAtlas.hubPoint(id), id);
  }

  /** The middle of the arc between two regions, in page pixels, or null. */
  edgePoint(a, b) {
    return this.page.evaluate(([a, b]) => window.allianceAtlas.edgePoint(a, b), [a, b]);
  }

  query() {
    return new URL(this.page.url()).search;
  }

  /** One parameter of the link, or null. */
  param(name) {
    return new URL(this.page.url()).searchParams.get(name);
  }

  /** The numbers of the status line, in order: regions, ties, networks, agreements. */
  async counts() {
    const text = await this.status.textContent();
    return text.match(/[\d,]+/g).map((n) => Number(n.replaceAll(",", "")));
  }

  /** The camera, as the transform of the label overlay. */
  async transform() {
    return this.page.locator(".map-labels > g").getAttribute("transform");
  }

  /** Waits until the camera has not moved for a while (after a wheel or a glide, including a
   * glide that starts a frame after a click: it must hold still over two looks in a row). */
  async cameraAtRest() {
    let previous = await this.transform();
    let stillLooks = 0;
    await expect
      .poll(async () => {
        await this.page.waitForTimeout(120);
        const now = await this.transform();
        stillLooks = now === previous ? stillLooks + 1 : 0;
        previous = now;
        return stillLooks >= 2;
      })
      .toBe(true);
  }

  /** The colour of the canvas pixel at a page point, as [r, g, b]. */
  async pixel(point) {
    return this.page.evaluate(({ x, y }) => {
      const canvas = document.querySelector("canvas.map-canvas");
      const rect = canvas.getBoundingClientRect();
      const scale = canvas.width / rect.width;
      const data = canvas
        .getContext("2d")
        .getImageData(Math.round((x - rect.left) * scale), Math.round((y - rect.top) * scale), 1, 1).data;
      return [data[0], data[1], data[2]];
    }, point);
  }
}

export const test = base.extend({
  /** Problems a test provokes on purpose, as one regular expression; the rest still fail it. */
  expectedProblems: [null, { option: true }],
  atlas: async ({ page, baseURL, expectedProblems }, use) => {
    const origin = new URL(baseURL).origin;
    const problems = [];
    // Every Content-Security-Policy violation, reported by the browser to the page.
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline code"}`);
      });
    });
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("request", (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
        problems.push(`request outside the origin: ${url}`);
      }
    });
    await use(new AtlasPage(page));
    const cookies = await page.context().cookies();
    if (cookies.length) problems.push(`cookies set: ${cookies.map((c) => c.name).join(", ")}`);
    // The atlas keeps a presenter's stories and theme under its own keys (never in an embed);
    // anything else, or anything at all in an embed, is a fault.
    const stored = await page
      .evaluate(() => {
        const embedded = new URL(location.href).searchParams.get("embed") === "1";
        const keys = [...Object.keys(localStorage), ...Object.keys(sessionStorage)];
        return keys.filter((k) => embedded || !k.startsWith("alliance-atlas."));
      })
      .catch(() => []);
    if (stored.length) problems.push(`storage entries written: ${stored.join(", ")}`);
    const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    for (const v of violations) problems.push(`Content-Security-Policy violation: ${v}`);
    const unexpected = problems.filter((p) => !expectedProblems?.test(p));
    expect(unexpected, "the page must stay clean").toEqual([]);
  },
});

export { expect };
