// Stories made in the page: a presenter builds a bilingual story with the editor only, finds
// the draft after a reload, saves it as a file, opens that file in a fresh browser and
// presents it with a clicker's keys; story files from Word are told what is wrong.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.mjs";

/** Chooses the first suggestion of the search box for `text`. */
async function searchAndChoose(atlas, page, text) {
  await atlas.search.fill(text);
  await expect(page.getByRole("option").first()).toBeVisible();
  await page.keyboard.press("Enter");
}

/** Fills step `n` (from 1) of the editor in English and Italian. */
async function fillStep(page, n, [titleEn, captionEn], [titleIt, captionIt]) {
  const step = page.locator(".step-editor").nth(n - 1);
  await step.getByLabel("Step title (English)").fill(titleEn);
  await step.getByLabel("Caption (what the audience reads) (English)").fill(captionEn);
  await step.getByLabel("Step title (Italiano)").fill(titleIt);
  await step.getByLabel("Caption (what the audience reads) (Italiano)").fill(captionIt);
}

const STEPS = [
  {
    en: ["Lombardy", "Lombardy works with more than a hundred regions."],
    it: ["Lombardia", "La Lombardia collabora con più di cento regioni."],
    regions: ["ITC4"],
  },
  {
    en: ["The Four Motors", "Since 1988 Lombardy has been one of the Four Motors for Europe."],
    it: ["I Quattro Motori", "Dal 1988 la Lombardia è uno dei Quattro Motori per l'Europa."],
    regions: ["ITC4", "DE1", "ES51"],
  },
  {
    en: ["Lombardy and Flanders", "In March 2026 they signed a memorandum on semiconductors."],
    it: ["Lombardia e Fiandre", "Nel marzo 2026 hanno firmato un memorandum sui semiconduttori."],
    regions: ["ITC4", "BE2"],
  },
];

test("a bilingual story is made in the page, survives a reload, is saved, opened elsewhere and presented", async ({ atlas, page, browser }, testInfo) => {
  test.setTimeout(180_000);
  await atlas.open();
  await page.locator(".present-menu summary").click();
  await page.getByRole("button", { name: "Make a story from views of the atlas" }).click();
  const editor = page.locator(".story-editor");
  await expect(editor).toBeVisible();
  await editor.getByRole("checkbox", { name: "Italiano" }).check();
  await editor.getByLabel("Title of the story (English)").fill("Lombardy and its partners");
  await editor.getByLabel("Title of the story (Italiano)").fill("La Lombardia e i suoi partner");

  // Step 1: Lombardy in focus.
  await searchAndChoose(atlas, page, "Lombardy");
  await expect.poll(() => atlas.param("region")).toBe("ITC4");
  await editor.getByRole("button", { name: "Add this view as a step" }).click();
  // Step 2: the Four Motors network.
  await searchAndChoose(atlas, page, "Four Motors");
  await expect.poll(() => atlas.param("network")).toBe("four-motors");
  await editor.getByRole("button", { name: "Add this view as a step" }).click();
  // Step 3: the memorandum on its own, from the pair's card.
  await atlas.open("region=ITC4&with=BE2");
  await expect(editor).toBeVisible(); // the editor opens again after the reload
  await page.locator(".edge-card li", { hasText: "Memorandum" }).getByRole("button", { name: "Show only these ties" }).click();
  await expect.poll(() => atlas.param("only")).toBe("agreement:lombardy-flanders-mou-2026");
  await expect(atlas.status).toContainText("2 regions · 1 tie");
  await editor.getByRole("button", { name: "Add this view as a step" }).click();
  await expect(editor.locator(".step-editor")).toHaveCount(3);
  for (const [i, step] of STEPS.entries()) await fillStep(page, i + 1, step.en, step.it);
  // Nothing is missing, so nothing is listed as needed.
  await expect(editor.locator(".editor-problems")).toHaveCount(0);

  // A reload finds the draft, texts and all.
  await page.reload();
  await expect(editor).toBeVisible();
  await expect(editor.locator(".step-editor")).toHaveCount(3);
  await expect(editor.locator(".step-editor").nth(2).getByLabel("Caption (what the audience reads) (Italiano)")).toHaveValue(STEPS[2].it[1]);

  // Saved as a story file.
  const downloading = page.waitForEvent("download");
  await editor.getByRole("button", { name: "Save as a story file" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("lombardy-and-its-partners.json");
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, "utf8"));
  expect(saved.title).toEqual({ en: "Lombardy and its partners", it: "La Lombardia e i suoi partner" });
  expect(saved.steps.map((s) => s.view)).toEqual([
    "region=ITC4",
    "network=four-motors",
    "only=agreement%3Alombardy-flanders-mou-2026&region=ITC4&with=BE2",
  ]);

  // A fresh browser on a small projector opens the file and presents it with the clicker.
  const projector = await browser.newContext({ viewport: { width: 1280, height: 720 }, baseURL: testInfo.project.use.baseURL, serviceWorkers: "block" });
  const room = await projector.newPage();
  await room.goto("./?lang=it");
  await expect(room.locator(".map-labels text").first()).toBeVisible();
  await room.locator(".present-menu summary").click();
  const choosing = room.waitForEvent("filechooser");
  await room.getByRole("button", { name: "Apri un file di racconto…" }).click();
  await (await choosing).setFiles(file);
  const bar = room.locator(".story-bar");
  await expect(bar).toBeVisible();
  for (const [i, step] of STEPS.entries()) {
    if (i > 0) await room.keyboard.press("PageDown");
    await expect(bar.locator(".story-position")).toHaveText(`${i + 1} / 3`);
    await expect(bar.locator("h2")).toHaveText(step.it[0]);
    await expect(bar.locator(".caption")).toHaveText(step.it[1]);
    await room.waitForTimeout(1400); // the glide to the step
    const box = await bar.boundingBox();
    for (const id of step.regions) {
      const p = await room.evaluate((id) => window.allianceAtlas.regionPoint(id), id);
      expect(p, `${id} is drawn at step ${i + 1}`).not.toBeNull();
      const onScreen = p.x >= 0 && p.x <= 1280 && p.y >= 0 && p.y <= 720 && p.y < box.y;
      expect(onScreen, `step ${i + 1}: ${id} at ${Math.round(p.x)},${Math.round(p.y)} is on screen above the caption`).toBe(true);
    }
  }
  // The opened story is listed in the Present menu next to the bundled ones.
  await room.keyboard.press("Escape");
  await room.locator(".present-menu summary").click();
  await expect(room.locator(".present-menu .story-item", { hasText: "La Lombardia e i suoi partner" })).toBeVisible();
  await projector.close();
});

test("a story file written in Word gets every problem at once, and the page goes on", async ({ atlas, page }, testInfo) => {
  await atlas.open();
  const file = testInfo.outputPath("word.json");
  // Word's curly quotes, a missing comma and an unknown field.
  const text = [
    "{",
    "  “format_version”: “1.0”,",
    "  “id”: “board”",
    "  “title”: { “en”: “Board meeting” },",
    "  “steps”: [ { “title”: { “en”: “One” }, “caption”: { “en”: “Two” }, “view”: “”, “notes”: “x” } ]",
    "}",
  ].join("\n");
  (await import("node:fs")).writeFileSync(file, text);
  await page.locator(".present-menu summary").click();
  const choosing = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Open a story file…" }).click();
  await (await choosing).setFiles(file);
  const problems = page.locator(".story-problems");
  await expect(problems).toBeVisible();
  const lines = problems.locator("li");
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toContainText("line 2: “ (left double quotation mark)");
  await expect(lines.nth(0)).toContainText("replace every “ and ” with \"");
  await expect(lines.nth(1)).toContainText("line 4");
  await expect(lines.nth(1)).toContainText("a comma is missing");
  await expect(lines.nth(2)).toContainText("notes");
  // The atlas still works.
  await expect(atlas.status).toContainText("regions");
  await problems.getByRole("button", { name: "Dismiss" }).click();
  await expect(problems).toHaveCount(0);
});

test("a draft kept in the browser that cannot be read is set aside and said, never a broken page", async ({ atlas, page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("alliance-atlas.story-draft", "{\"draft_version\": 1, \"draft\": [not json");
      sessionStorage.setItem("seeded", "1");
    }
  });
  await atlas.open();
  await expect(page.locator(".story-problems")).toContainText("alliance-atlas.story-draft.unreadable");
  const kept = await page.evaluate(() => localStorage.getItem("alliance-atlas.story-draft.unreadable"));
  expect(kept).toContain("[not json");
  await page.evaluate(() => sessionStorage.clear());
});

test("a story in a language the atlas does not offer is kept and said, not dropped", async ({ atlas, page }) => {
  await atlas.open("lang=en");
  await page.locator(".present-menu summary").click();
  const choosing = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Open a story file…" }).click();
  await (await choosing).setFiles("tests/corpus/stories/11-spanish-kept.json");
  await expect(page.locator(".story-bar")).toBeVisible();
  await expect(page.locator(".story-languages-kept")).toContainText("the atlas does not offer them");
  await expect(page.locator(".story-languages-kept")).toContainText("es");
});

test("a story file dropped on the page opens and presents", async ({ atlas, page }) => {
  await atlas.open("lang=en");
  const text = readFileSync("public/stories/semiconductors.json", "utf8").replace('"id": "semiconductors"', '"id": "dropped"');
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "dropped.json", { type: "application/json" }));
    return transfer;
  }, text);
  await page.dispatchEvent(".map", "dragover", { dataTransfer });
  await expect(page.locator(".story-drop-zone")).toBeVisible();
  await page.dispatchEvent(".map", "drop", { dataTransfer });
  await expect(page.locator(".story-drop-zone")).toHaveCount(0);
  await expect(page.locator(".story-bar .story-name")).toHaveText("Europe's semiconductor regions");
  expect(new URL(page.url()).searchParams.get("story")).toBe("local:dropped");
});

test.describe("on a 1024x768 projector", () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test("a step's frame shows the regions that were in view when it was made, not a pixel zoom", async ({ atlas, page }) => {
    // A step made zoomed in on Lombardy and Piedmont (no focus): its frame names them.
    const draft = {
      id: "framed",
      languages: ["en"],
      title: { en: "Framed" },
      description: {},
      steps: [
        { title: { en: "All of Europe" }, caption: { en: "Everything." }, view: "", frame: null },
        { title: { en: "North-West Italy" }, caption: { en: "Two neighbours." }, view: "", frame: { regions: ["ITC4", "ITC1"], hubs: [] } },
      ],
    };
    await page.addInitScript((d) => {
      localStorage.setItem("alliance-atlas.story-draft", JSON.stringify({ draft_version: 1, draft: d }));
    }, draft);
    await atlas.open("story=draft&step=1");
    await atlas.cameraAtRest();
    const europe = await atlas.transform();
    await page.keyboard.press("PageDown");
    await expect(page.locator(".story-bar h2")).toHaveText("North-West Italy");
    await page.waitForTimeout(1400);
    await atlas.cameraAtRest();
    const scale = (t) => Number(t.match(/scale\(([\d.]+)\)/)[1]);
    expect(scale(await atlas.transform())).toBeGreaterThan(3 * scale(europe));
    const bar = await page.locator(".story-bar").boundingBox();
    for (const id of ["ITC4", "ITC1"]) {
      const p = await atlas.regionPoint(id);
      expect(p.x > 0 && p.x < 1024 && p.y > 0 && p.y < bar.y, `${id} at ${Math.round(p.x)},${Math.round(p.y)}`).toBe(true);
    }
  });
});
