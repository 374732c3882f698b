// An analyst's questions answered through the page: who is central, who are a region's
// strongest partners, how two regions are connected.
import { test, expect } from "./fixtures.mjs";

test("Lombardy's card ranks it among all regions and lists its five strongest partners first", async ({ atlas, page }) => {
  await atlas.open("region=ITC4");
  const card = page.locator(".details");
  await expect(card.locator("h2")).toHaveText("Lombardy");
  await expect(card.locator(".ranks")).toHaveText(/^\d+(st|nd|rd|th) of \d+ regions by partners; \d+(st|nd|rd|th) as a bridge/);
  const strongest = card.locator(".strongest > li");
  await expect(strongest).toHaveCount(5);
  const names = await strongest.locator("button").allTextContents();
  // Piedmont shares the North-West Italy alliance and bilateral agreements with Lombardy.
  expect(names).toContain("Piedmont");
  // Each says what the two share.
  await expect(strongest.first().locator(".shared")).not.toBeEmpty();
  // Strongest first.
  const strengths = (await strongest.locator(".strength").allTextContents()).map(Number);
  expect([...strengths].sort((a, b) => b - a)).toEqual(strengths);

  // Counting every tie equally is a choice in the link, and changes the ranking.
  await card.getByLabel("Count every tie equally").check();
  await page.waitForFunction(() => new URLSearchParams(location.search).get("weights") === "equal");
  const equal = await strongest.locator("button").allTextContents();
  expect(equal).not.toEqual(names);
  // Leaving out estimated ties is a choice too.
  await card.getByLabel("Leave out estimated ties").check();
  await page.waitForFunction(() => new URLSearchParams(location.search).get("estimated") === "exclude");
});

test("the shortest chain from Lombardy to Québec is listed and drawn", async ({ atlas, page }) => {
  await atlas.open("region=ITC4");
  const card = page.locator(".details");
  await card.getByLabel("How is it connected to…").selectOption({ label: "Quebec" });
  await page.waitForFunction(() => new URLSearchParams(location.search).get("chain") === "CA-QC");
  const chain = card.locator(".chains > li").first();
  // Lombardy signed a letter of intent with Québec: one step.
  await expect(chain.locator("strong")).toHaveText("Directly tied");
  await expect(chain.locator("li button")).toHaveText("Lombardy → Quebec");
  await expect(chain.locator(".shared")).toContainText(/Lombardy.Qu[eé]bec letter of intent/);
  // On the map the chain stands out and the rest steps back.
  await expect(atlas.label("CA-QC")).toHaveClass(/strong/);

  // A region tied to Québec only through others: the chains have more steps, each named.
  await atlas.open("region=PT11&chain=CA-QC");
  const steps = card.locator(".chains > li");
  await expect(steps.first().locator("strong")).toHaveText(/^\d steps$/);
  const hops = await steps.first().locator("li button").allTextContents();
  expect(hops[0]).toMatch(/^Norte \(Portugal\) → /);
  expect(hops[hops.length - 1]).toMatch(/ → Quebec$/);
  // Hiding the chains leaves the region in focus.
  await card.getByRole("button", { name: "Hide the chains" }).click();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has("chain"));
  await expect(card.locator("h2")).toHaveText("Norte (Portugal)");
});

test("a table downloaded in Italian opens right in Excel: byte-order mark, ';', exactly the rows shown", async ({ atlas, page }) => {
  await atlas.open("view=table&rows=regions&lang=it&sectors=semiconductors");
  const rows = page.locator(".data-table tbody tr");
  await expect(rows.first()).toBeVisible();
  const shown = await rows.count();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Scarica questa tabella (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/regions\.csv$/);
  const bytes = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c));
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
  expect(lines[0]).toBe("Regione;Codice;Paese;Legami;Partner;Reti;Accordi;Forza;Intermediazione;Vicinanza;Comunità");
  expect(lines.length - 1).toBe(shown);
  // The rows in the table's order, names in Italian, decimals with a comma.
  const first = await rows.first().locator("th").textContent();
  expect(lines[1].split(";")[0]).toBe(first.trim());
  expect(lines[1].split(";")[7]).toMatch(/^\d+,\d{3}$/);
  expect(lines.join("\n")).toContain("Lombardia;ITC4;Italia");
});

test("what changed in 2024: Lombardy joining ESRA and the declaration with Bavaria, each dated and sourced", async ({ atlas, page }) => {
  await atlas.open("from=2024&to=2024");
  // From the timeline, as a reader would.
  await page.getByRole("button", { name: "What changed in these years" }).click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get("view") === "changes");
  const card = page.locator(".changes-card");
  await expect(card.locator("h2")).toHaveText("What changed in 2024");
  const items = card.locator(".changes > li");
  const joined = items.filter({ hasText: "Lombardy joined ESRA" });
  await expect(joined).toHaveCount(1);
  await expect(joined.locator(".when")).toHaveText("8 November 2024");
  await expect(joined.locator("summary, .sources").first()).toBeVisible();
  await expect(items.filter({ hasText: /Lombardy.Bavaria.*signed/ })).toHaveCount(1);
  // Every change is of 2024.
  for (const when of await items.locator(".when").allTextContents()) expect(when).toMatch(/2024$/);
  // The list downloads as it is shown.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    card.getByRole("button", { name: "Download this table (CSV)" }).click(),
  ]);
  const text = (await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c))).toString("utf8");
  const lines = text.slice(1).trimEnd().split("\r\n");
  expect(lines.length - 1).toBe(await items.count());
  expect(text).toContain("2024-11-08,Lombardy joined ESRA,ITC4");
  // A name in the list opens its card; closing it goes back to the list.
  await joined.getByRole("button", { name: "Lombardy" }).click();
  await expect(page.locator(".details h2")).toHaveText("Lombardy");
  await page.locator(".details-close").click();
  await expect(card.locator("h2")).toHaveText("What changed in 2024");
});

test("the timeline's histogram goes to a year, and the year shown glows however it was set", async ({ atlas, page }) => {
  await atlas.open();
  const bars = page.locator(".histogram .bar");
  expect(await bars.count()).toBeGreaterThan(50);
  await page.getByRole("img", { name: /^2024: \d+ ties began$/ }).click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get("to") === "2024");
  // A link that shows one year glows too, without the step buttons.
  await atlas.open("from=2022&to=2022");
  await expect.poll(() => page.evaluate(() => window.allianceAtlas.stats().newItems)).toBeGreaterThan(0);
  // Several years shown, nothing glows (the glow says "new in the year shown").
  await atlas.open("from=2020&to=2024");
  await expect.poll(() => page.evaluate(() => window.allianceAtlas.stats().newItems)).toBe(0);
});

test("agreements signed since 2020, as a table a reader sorts and downloads, and found by their words", async ({ atlas, page }) => {
  await atlas.open("view=table&rows=agreements");
  // The years say when ties began, not when they were in force: a choice in the sidebar.
  await page.getByRole("radio", { name: "signed or joined" }).check();
  await page.waitForFunction(() => new URLSearchParams(location.search).get("years") === "began");
  await page.locator('input[name="from"]').fill("2020");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("from") === "2020");
  const rows = page.locator(".data-table tbody tr");
  await expect(rows.first()).toBeVisible();
  const signed = await rows.locator('td[data-column="Signed"]').allTextContents();
  expect(signed.length).toBeGreaterThan(10);
  for (const when of signed) expect(Number(when.match(/\d{4}$/)[0])).toBeGreaterThanOrEqual(2020);
  await expect(rows.filter({ hasText: /Lombardy.Flanders/ })).not.toHaveCount(0);
  // In force since 2020 there are more: older agreements still running.
  await page.getByRole("radio", { name: "in force", exact: true }).check();
  await expect.poll(() => rows.count()).toBeGreaterThan(signed.length);

  // Search finds an agreement by its words and opens the ties it makes.
  await atlas.open();
  await atlas.search.fill("Flanders MoU");
  const option = page.getByRole("option").filter({ hasText: /Lombardy.Flanders/ }).first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(page.locator(".details h2")).toContainText("Flanders");
});

test("members of both ESRA and ARA, from a network's card, and why a combination leaves nothing", async ({ atlas, page }) => {
  await atlas.open("network=esra");
  const card = page.locator(".details");
  await card.getByLabel("Compare its members with…").selectOption({ label: "ARA" });
  await page.waitForFunction(() => new URLSearchParams(location.search).get("network") === "esra,ara");
  expect(new URL(page.url()).searchParams.get("members")).toBe("all");
  await expect(card.locator("h2")).toHaveText("ESRA · ARA");
  const members = card.locator(".chips button");
  const both = await members.allTextContents();
  expect(both).toContain("Lombardy");
  expect(both.length).toBeGreaterThan(3);
  // On the map, the set stands out.
  await expect(atlas.label("ITC4")).toHaveClass(/strong/);
  // Members of any: more; only ESRA's: the rest of ESRA.
  await card.getByRole("radio", { name: "Members of any" }).check();
  await expect.poll(() => members.count()).toBeGreaterThan(both.length);
  await card.getByRole("radio", { name: "Members of ESRA but not of the others" }).check();
  await page.waitForFunction(() => new URLSearchParams(location.search).get("members") === "only");
  const onlyEsra = await members.allTextContents();
  expect(onlyEsra.some((name) => both.includes(name))).toBe(false);

  // Semiconductors only: ARA is about cars, and the page says so.
  await atlas.open("network=esra,ara&members=all&sectors=semiconductors");
  await expect(card.locator(".why-empty")).toContainText("ARA has no ties in the sectors shown: its sectors are Automotive");
  await expect(members).toHaveCount(0);
});

test("Bavaria and Baden-Württemberg side by side: what each has, lacks and shares, with years", async ({ atlas, page }) => {
  await atlas.open("region=DE2");
  const card = page.locator(".details");
  await card.getByLabel("Compare with…").selectOption({ label: "Baden-Württemberg" });
  await page.waitForFunction(() => new URLSearchParams(location.search).get("compare") === "DE2,DE1");
  await expect(card.locator("h2")).toHaveText("Bavaria · Baden-Württemberg");
  const networks = card.locator(".compare-table").first().locator("tbody tr");
  // The Four Motors: Baden-Württemberg since 1988, Bavaria not a member.
  const fourMotors = networks.filter({ hasText: "4ME" });
  await expect(fourMotors.locator("td")).toHaveText(["—", "1988"]);
  // Shared networks come first, each with both years.
  const first = networks.first();
  await expect(first).toHaveClass(/in-all/);
  await expect(first.locator("td.has")).toHaveCount(2);
  // Agreements too.
  await expect(card.locator(".compare-table").nth(1).locator("tbody tr")).not.toHaveCount(0);
  // The link opens the same comparison.
  await atlas.open("compare=DE2,DE1");
  await expect(card.locator("h2")).toHaveText("Bavaria · Baden-Württemberg");
});

test("leaving out estimated ties changes every count; pictures are of the map and say so in the table", async ({ atlas, page }) => {
  await atlas.open("region=ITC4");
  const [, ties] = await atlas.counts();
  await page.locator(".details").getByLabel("Leave out estimated ties").check();
  await page.waitForFunction(() => new URLSearchParams(location.search).get("estimated") === "exclude");
  await expect.poll(async () => (await atlas.counts())[1]).toBeLessThan(ties);

  await atlas.open("view=table");
  await page.getByText("Share", { exact: true }).click();
  await expect(page.getByText("A picture is of the map: switch to Map to download one.")).toBeVisible();
  await expect(page.getByRole("button", { name: "SVG (vector, for editing)" })).toBeDisabled();
});
