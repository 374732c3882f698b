// Shared fixtures: every test gets an `atlas` page object, and fails if the page logs an
// error, throws, asks any origin but its own, sets a cookie or writes to storage.
import { test as base, expect } from "@playwright/test";

export class AtlasPage {
  constructor(page) {
    this.page = page;
    this.status = page.getByRole("status").filter({ hasText: "regions" });
    this.map = page.locator(".map");
    this.edges = page.locator("path.edge");
    this.nodes = page.locator("circle.node");
  }

  /** Opens the atlas with a query string (without "?") and waits for the map. */
  async open(query = "") {
    await this.page.goto(query ? `./?${query}` : "./");
    await expect(this.status).toBeVisible();
  }

  chip(sectorId) {
    return this.page.locator(`button.chip[data-sector="${sectorId}"]`);
  }

  year(name) {
    return this.page.locator(`input[type=range][name="${name}"]`);
  }

  /** The edge between two regions, whichever way round the page draws it. */
  edge(a, b) {
    return this.page.locator(
      `path.edge[data-a="${a}"][data-b="${b}"], path.edge[data-a="${b}"][data-b="${a}"]`,
    );
  }

  query() {
    return new URL(this.page.url()).search;
  }

  /** The numbers of the status line, in order: regions, ties, networks, agreements. */
  async counts() {
    const text = await this.status.textContent();
    return text.match(/[\d,]+/g).map((n) => Number(n.replaceAll(",", "")));
  }

  async transform() {
    return this.page.locator("g.viewport").getAttribute("transform");
  }
}

export const test = base.extend({
  atlas: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL).origin;
    const problems = [];
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
    const stored = await page
      .evaluate(() => localStorage.length + sessionStorage.length)
      .catch(() => 0);
    if (stored) problems.push(`${stored} storage entries written`);
    expect(problems, "the page must stay clean").toEqual([]);
  },
});

export { expect };
