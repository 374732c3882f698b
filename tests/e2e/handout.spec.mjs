// The printed handout: Ctrl+P gives one landscape page with the map, its legend and sources,
// and the focused card's facts, not pages of interface, at any screen size.
import { writeFileSync } from "node:fs";
import { test, expect } from "./fixtures.mjs";

/** The number of pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
function pageCount(pdf) {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

const screens = [
  ["a desktop", { width: 1280, height: 800 }],
  ["a phone", { width: 390, height: 844 }],
];

for (const [screen, viewport] of screens) {
  test(`printing Lombardy's view on ${screen} gives one landscape page with the map, legend and sources`, async ({ atlas, page }, info) => {
    await page.setViewportSize(viewport);
    await atlas.open("region=ITC4");
    await expect(atlas.details.locator("h2")).toHaveText("Lombardy");
    await atlas.cameraAtRest();

    const pdf = await page.pdf({ landscape: true, format: "A4" });
    writeFileSync(info.outputPath(`handout-${viewport.width}.pdf`), pdf);
    expect(pageCount(pdf)).toBe(1);
    // After printing the sheet is emptied again.
    await expect(page.locator(".print-sheet")).toBeEmpty();

    // What the page prints: the sheet, and none of the interface.
    await page.emulateMedia({ media: "print" });
    const sheet = page.locator(".print-sheet");
    await expect(sheet).toBeVisible();
    for (const part of [".topbar", ".sidebar", ".map-area", ".share-menu", "canvas.map-canvas"]) {
      await expect(page.locator(part).first()).toBeHidden();
    }
    const printed = await sheet.evaluate((el) => el.textContent);
    const texts = await sheet.locator("svg text").allTextContents();
    // The title line: the atlas, the filters in words, the focus.
    expect(printed).toContain("Alliance Atlas");
    expect(printed).toContain("In force at any time");
    expect(printed).toContain("Focus: Lombardy");
    // The legend: the sectors on the map and what the shapes mean.
    for (const entry of ["region, sized by its ties", "network, tied to its members", "rests on an estimate"]) {
      expect(texts).toContain(entry);
    }
    const sectors = await page.evaluate(() => [...document.querySelectorAll("button.chip[data-sector]")].map((b) => b.dataset.sector));
    expect(sectors.length).toBeGreaterThan(0);
    const legendColours = await sheet.locator("svg > line[stroke-width='3']").count();
    expect(legendColours).toBeGreaterThan(0);
    // The sources line and the focused card's facts and the address.
    expect(printed).toMatch(/Sources: \d+ documents cited in the atlas data/);
    expect(printed).toContain("Natural Earth (public domain)");
    expect(printed).toMatch(/Data updated \d+ \w+ \d{4}/);
    await expect(sheet.locator(".print-facts")).toContainText("Lombardy");
    await expect(sheet.locator(".print-facts")).toContainText(/In the years shown: [\d,]+ ties with \d+ regions/);
    await expect(sheet.locator(".print-address")).toContainText("region=ITC4");
    // The map fits the page's width.
    const box = await sheet.locator("svg").boundingBox();
    expect(box.width).toBeGreaterThan(viewport.width * 0.9);
    await page.emulateMedia({ media: "screen" });
    await expect(sheet).toBeHidden();
  });
}

test("the printed handout speaks the interface language", async ({ atlas, page }) => {
  await atlas.open("lang=it&region=ITC4&with=BE2");
  await page.emulateMedia({ media: "print" });
  const sheet = page.locator(".print-sheet");
  await expect(sheet).toBeVisible();
  const printed = await sheet.evaluate((el) => el.textContent);
  expect(printed).toContain("In evidenza: Lombardia – Fiandre");
  expect(printed).toContain("regione, grande quanto i suoi legami");
  expect(printed).toMatch(/Fonti: [\d.]+ documenti citati/);
  await expect(sheet.locator(".print-address")).toContainText("Questa vista online:");
});
