// Every view is a link; back and forward; other data; exports.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { test, expect } from "./fixtures.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const fixture = readFileSync(resolve(here, "../../crates/atlas-core/tests/fixtures/small.json"), "utf8");

/** The regions labelled on the map, sorted. */
async function labelled(page) {
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll(".map-labels text[data-region]")].map((t) => t.dataset.region),
  );
  return ids.sort();
}

test("a view set by clicking, copied as a link, opens the same in a fresh page", async ({ atlas, page, context, browser }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await atlas.open();
  await atlas.chip("semiconductors").click();
  await atlas.year("from").fill("2010");
  await page.getByRole("button", { name: "Pairs", exact: true }).click();
  const flanders = await atlas.regionPoint("BE2");
  await page.mouse.move(flanders.x, flanders.y);
  await page.mouse.wheel(0, -250);
  await atlas.cameraAtRest();
  const point = await atlas.regionPoint("BE2");
  await page.mouse.click(point.x, point.y);
  await expect(atlas.details.locator("h2")).toHaveText("Flanders");

  await page.getByText("Share", { exact: true }).click();
  await page.getByRole("button", { name: "Copy link to this view" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain("sectors=semiconductors");
  expect(link).toContain("region=BE2");
  // The click framed Flanders and its partners: the link needs no camera to show the same.
  await atlas.cameraAtRest();

  const counts = await atlas.counts();
  const names = await labelled(page);
  const camera = await atlas.transform();

  const fresh = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await fresh.goto(link);
  const again = new (atlas.constructor)(fresh);
  await expect(again.details.locator("h2")).toHaveText("Flanders");
  await again.cameraAtRest();
  expect(await again.counts()).toEqual(counts);
  await expect.poll(() => labelled(fresh)).toEqual(names);
  expect(await again.transform()).toBe(camera);
  await fresh.context().close();
});

test("back and forward move between views", async ({ atlas, page }) => {
  await atlas.open();
  await atlas.chip("energy").click();
  await expect.poll(() => atlas.query()).toBe("?sectors=energy");
  await page.waitForTimeout(1100); // separate steps, not one stream of changes
  await atlas.networkRow("esra").click();
  await expect.poll(() => atlas.param("network")).toBe("esra");
  await page.goBack();
  await expect.poll(() => atlas.query()).toBe("?sectors=energy");
  await expect(atlas.details).toBeHidden();
  await expect(atlas.chip("energy")).toHaveAttribute("aria-pressed", "true");
  await page.goBack();
  await expect.poll(() => atlas.query()).toBe("");
  await expect(atlas.chip("energy")).toHaveAttribute("aria-pressed", "false");
  await page.goForward();
  await expect(atlas.chip("energy")).toHaveAttribute("aria-pressed", "true");
  await page.goForward();
  await expect(atlas.details.locator("h2")).toContainText("ESRA");
});

test("?data= loads another data file of the same format from the same site", async ({ atlas, page }) => {
  await page.route("**/extracts/small.json", (route) => route.fulfill({ body: fixture, contentType: "application/json" }));
  await atlas.open("data=extracts/small.json");
  await expect(atlas.status).toHaveText("4 regions · 7 ties · 2 networks · 1 agreement");
  await expect.poll(() => atlas.query()).toBe("?data=extracts/small.json");
});

test("a broken ?data= file is refused plainly and the bundled data is shown", async ({ atlas, page }) => {
  const broken = fixture.replace('"color": "#cc3311"', '"color": "red"').replace('"lat": 45.621', '"lat": 145.621');
  await page.route("**/extracts/broken.json", (route) => route.fulfill({ body: broken }));
  await atlas.open("data=extracts/broken.json");
  const notice = page.locator(".data-notice");
  await expect(notice).toContainText("could not be used");
  await expect(notice).toContainText("sectors[0].color");
  await expect(notice).toContainText("regions[0].lat");
  const [regions] = await atlas.counts();
  expect(regions).toBeGreaterThanOrEqual(100);
});

test("?data= from another site is refused without a request", async ({ atlas, page }) => {
  await atlas.open("data=https://elsewhere.example/atlas.json");
  await expect(page.locator(".data-notice")).toContainText("is not on this site");
  const [regions] = await atlas.counts();
  expect(regions).toBeGreaterThanOrEqual(100);
});

test("the view exports as SVG with what it shows, and as PNG at the asked size", async ({ atlas, page }) => {
  await atlas.open("sectors=semiconductors&region=ITC4");
  await page.getByText("Share", { exact: true }).click();
  const [svgDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "SVG (vector, for editing)" }).click(),
  ]);
  // Named after what it shows: the region in focus, the sector, the year.
  expect(svgDownload.suggestedFilename()).toMatch(/^lombardy-semiconductors-\d{4}\.svg$/);
  const svg = readFileSync(await svgDownload.path(), "utf8");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      texts: [...doc.querySelectorAll("text")].map((t) => t.textContent),
      width: Number(doc.documentElement.getAttribute("width")),
      height: Number(doc.documentElement.getAttribute("height")),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  const onScreen = await page.evaluate(() => [...document.querySelectorAll(".map-labels text")].map((t) => t.textContent));
  for (const name of onScreen) expect(parsed.texts).toContain(name);
  expect(parsed.texts.join(" ")).toContain("Focus: Lombardy");
  expect(parsed.texts.join(" ")).toContain("Semiconductors and microelectronics");
  expect(parsed.texts.join(" ")).toMatch(/Sources: \d+ documents cited/);

  for (const scale of [1, 2, 4]) {
    // The menu closed after the last download; it opens again.
    await page.getByText("Share", { exact: true }).click();
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: new RegExp(`^PNG ${scale}×`) }).click(),
    ]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(bytes.readUInt32BE(16)).toBe(Math.round(parsed.width * scale));
    expect(bytes.readUInt32BE(20)).toBe(Math.round(parsed.height * scale));
  }
});

test("the visible ties export as CSV and JSON", async ({ atlas, page }) => {
  await atlas.open("sectors=semiconductors&from=2026");
  const [regions, ties] = await atlas.counts();
  await page.getByText("Share", { exact: true }).click();
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "CSV", exact: true }).click()]);
  const text = readFileSync(await csv.path(), "utf8");
  // A byte-order mark, so that Excel reads the names as UTF-8; commas in English.
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = text.slice(1).trim().split("\r\n");
  expect(rows[0]).toBe("source,target,source_name,target_name,ties,sectors,estimated,tie_details");
  // The menu closed after the download; it opens again for the next.
  await expect(page.locator(".share-menu")).not.toHaveAttribute("open", "");
  await page.getByText("Share", { exact: true }).click();
  const tieSum = rows.slice(1).reduce((sum, row) => sum + Number(row.split(",")[4]), 0);
  expect(tieSum).toBe(ties);
  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "JSON", exact: true }).click()]);
  const data = JSON.parse(readFileSync(await json.path(), "utf8"));
  expect(data.regions.length).toBe(regions);
  expect(data.edges.reduce((sum, e) => sum + e.ties.length, 0)).toBe(ties);
  expect(data.filter.sectors).toEqual(["semiconductors"]);
  expect(data.edges.flatMap((e) => e.ties).some((t) => t.kind === "mou" && t.signed === "2026-03-03")).toBe(true);
});

test("the ties shown download for Gephi (GEXF), yEd (GraphML) and QGIS (GeoJSON)", async ({ atlas, page }) => {
  await atlas.open("sectors=semiconductors&from=2026");
  const [regions, ties] = await atlas.counts();
  const download = async (name) => {
    await page.getByText("Share", { exact: true }).click();
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name, exact: true }).click()]);
    await expect(page.locator(".share-menu")).not.toHaveAttribute("open", "");
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
  };
  const gexf = await download("GEXF");
  expect(gexf.name).toMatch(/\.gexf$/);
  expect(gexf.text).toContain('<gexf xmlns="http://gexf.net/1.3"');
  expect(gexf.text.match(/<node /g).length).toBe(regions);
  expect(gexf.text).toMatch(/lastmodifieddate="\d{4}-\d{2}-\d{2}"/);
  const graphml = await download("GraphML");
  expect(graphml.name).toMatch(/\.graphml$/);
  expect(graphml.text.match(/<node /g).length).toBe(regions);
  const geo = await download("GeoJSON");
  expect(geo.name).toMatch(/\.geojson$/);
  const features = JSON.parse(geo.text).features;
  expect(features.filter((f) => f.geometry.type === "Point").length).toBe(regions);
  const lines = features.filter((f) => f.geometry.type === "LineString");
  expect(lines.reduce((sum, f) => sum + f.properties.ties, 0)).toBe(ties);
  // Lombardy where it is: longitude first.
  const lombardy = features.find((f) => f.id === "ITC4");
  expect(lombardy.geometry.coordinates[0]).toBeCloseTo(9.77, 1);
  expect(lombardy.geometry.coordinates[1]).toBeCloseTo(45.62, 1);
});

test("an SVG of a pair in Italian is named in Italian and its legend is Italian", async ({ atlas, page }) => {
  await atlas.open("lang=it&region=ITC4&with=BE2");
  await page.getByText("Condividi", { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "SVG (vettoriale, modificabile)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^lombardia-fiandre-\d{4}\.svg$/);
  const svg = readFileSync(await download.path(), "utf8");
  const texts = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return [...doc.querySelectorAll("text")].map((t) => t.textContent);
  }, svg);
  const all = texts.join(" ");
  expect(all).toContain("In evidenza: Lombardia – Fiandre");
  for (const entry of ["regione, grande quanto i suoi legami", "rete, legata ai suoi membri", "basato su una stima"]) {
    expect(texts).toContain(entry);
  }
  expect(all).toMatch(/Fonti: [\d.]+ documenti citati/);
  expect(all).toContain("Realizzato con Alliance Atlas");
  for (const english of ["Focus:", "sized by its ties", "Sources:", "Made with"]) expect(all).not.toContain(english);
});
