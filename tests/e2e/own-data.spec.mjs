// A web team's own data without Rust: an overlay named by ?data= adds to the bundled data, a
// broken one shows one sentence to the public with the details behind a control, and a data
// file, an overlay or spreadsheet tables opened in the page are checked and shown.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.mjs";

const corpus = (name) => readFileSync(new URL(`../corpus/overlays/${name}`, import.meta.url), "utf8");
const addsOne = corpus("01-adds-one-agreement.json");
const clashing = corpus("03-clashing-region-id.json");
const clashingMessage = corpus("03-clashing-region-id.expected").trim();

/** A small overlay in the spreadsheet form: one agreement, one row of agreements.csv. */
const agreementsHeader = readFileSync(new URL("../../data/tables/agreements.csv", import.meta.url), "utf8").split("\n")[0];
const agreementsCsv = (parties) => {
  const columns = agreementsHeader.split(",");
  const row = Object.fromEntries(columns.map((c) => [c, ""]));
  Object.assign(row, {
    id: "test-tables-declaration",
    kind: "declaration",
    name_en: "Declaration of the tables test",
    parties,
    signed: "2025-05-05",
    sectors: "automotive",
    sources: "nuts2json-2024-points-level1",
    estimated: "no",
  });
  return `${agreementsHeader}\n${columns.map((c) => row[c]).join(",")}\n`;
};

test("an overlay named by ?data= adds its agreement to the bundled data, and the page says so", async ({ atlas, page }) => {
  await atlas.open();
  const [, , , agreements] = await atlas.counts();
  await page.route("**/extracts/piedmont.json", (route) => route.fulfill({ body: addsOne }));
  await atlas.open("data=extracts/piedmont.json");
  await expect.poll(async () => (await atlas.counts())[3]).toBe(agreements + 1);
  const notice = page.locator(".overlay-notice");
  await expect(notice).toContainText("With this site's additions from extracts/piedmont.json");
  await expect(notice).toContainText("Added: 1 agreement.");
  // The agreement is in the data: Piedmont's card lists it.
  await atlas.open("data=extracts/piedmont.json&region=ITC1");
  await expect(atlas.details).toContainText("Piedmont–Bavaria Declaration");
});

test.describe("a broken overlay", () => {
  test.use({ expectedProblems: /./ });

  test("shows the public one sentence, with the exact problem behind Details", async ({ atlas, page }) => {
    await page.route("**/extracts/broken.json", (route) => route.fulfill({ body: clashing }));
    await atlas.open("data=extracts/broken.json&lang=it");
    const notice = page.locator(".data-notice");
    await expect(notice.locator(".public-sentence")).toHaveText(
      "Non è stato possibile leggere i dati, quindi l'atlante mostra i propri; i redattori del sito trovano il motivo in «Dettagli».",
    );
    const details = notice.locator("details");
    await expect(details.locator("li").first()).toBeHidden();
    await details.locator("summary").click();
    await expect(details.locator("li").first()).toHaveText(clashingMessage);
    await expect(details).toContainText("extracts/broken.json");
    // The version, for the editors' report.
    await expect(details).toContainText(/Alliance Atlas \d+\.\d+\.\d+\./);
    // The bundled data is shown, whole.
    const [regions] = await atlas.counts();
    expect(regions).toBeGreaterThanOrEqual(100);
  });
});

test("a data file opened in the page is checked: its problems at their places, or the map with it", async ({ atlas, page }) => {
  await atlas.open();
  const [, , , agreements] = await atlas.counts();
  const input = page.locator("input.data-file-input");
  // A file with a problem: listed, and nothing changes.
  await input.setInputFiles({ name: "clashing.json", mimeType: "application/json", buffer: Buffer.from(clashing) });
  const problems = page.locator(".data-file-problems");
  await expect(problems).toContainText("clashing.json");
  await expect(problems.locator("li")).toHaveText([clashingMessage]);
  expect((await atlas.counts())[3]).toBe(agreements);
  // A good overlay: shown on the map at once, said so, with the way back.
  await input.setInputFiles({ name: "piedmont.json", mimeType: "application/json", buffer: Buffer.from(addsOne) });
  const shown = page.locator(".data-file-shown");
  await expect(shown).toContainText("piedmont.json");
  await expect(shown).toContainText("Added: 1 agreement.");
  await expect(page.locator(".data-file-problems")).toHaveCount(0);
  await expect.poll(async () => (await atlas.counts())[3]).toBe(agreements + 1);
  await shown.getByRole("button", { name: "Back to the site's data" }).click();
  await expect(page.locator(".data-file-shown")).toHaveCount(0);
  await expect.poll(async () => (await atlas.counts())[3]).toBe(agreements);
});

test("spreadsheet tables opened in the page are read without Rust (the reader loads only then)", async ({ atlas, page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await atlas.open();
  const [, , , agreements] = await atlas.counts();
  expect(requests.some((p) => p.endsWith("tables-reader.js"))).toBe(false);
  const input = page.locator("input.data-file-input");
  // An unknown region in a party cell: told at its table and line.
  await input.setInputFiles({ name: "agreements.csv", mimeType: "text/csv", buffer: Buffer.from(agreementsCsv("ITC1; XX9")) });
  await expect(page.locator(".data-file-problems li")).toHaveText([/^agreements\.csv line 2.*"XX9"/]);
  expect(requests.some((p) => p.endsWith("tools/tables-reader.js"))).toBe(true);
  // Fixed: the agreement is on the map.
  await input.setInputFiles({ name: "agreements.csv", mimeType: "text/csv", buffer: Buffer.from(agreementsCsv("ITC1; DE2")) });
  await expect(page.locator(".data-file-shown")).toContainText("agreements.csv");
  await expect.poll(async () => (await atlas.counts())[3]).toBe(agreements + 1);
});
