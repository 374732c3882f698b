// A page of a fresh benchmark context with lib/instrument.js injected before the contender's
// own scripts, its errors collected into `errors`, and a DevTools protocol session.
import { join } from "node:path";

/** Opens the page; returns { page, cdp }. */
export async function openInstrumentedPage(context, benchDir, errors) {
  await context.addInitScript({ path: join(benchDir, "lib", "instrument.js") });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text().slice(0, 300)}`);
  });
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}
