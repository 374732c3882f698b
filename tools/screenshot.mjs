// Screenshots of the running atlas in headless Chromium, to look at what we built.
//
//   node tools/screenshot.mjs URL OUT.png [WIDTHxHEIGHT] [--mobile] [--dark]
//
// Uses Debian's Chromium (/usr/bin/chromium) through playwright-core; never downloads a browser.
import { chromium } from "@playwright/test";

const [url, out, size = "1280x800", ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error("usage: node tools/screenshot.mjs URL OUT.png [WIDTHxHEIGHT] [--mobile] [--dark]");
  process.exit(2);
}
const [width, height] = size.split("x").map(Number);
const mobile = flags.includes("--mobile");
const dark = flags.includes("--dark");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const page = await browser.newPage({
  viewport: { width, height },
  deviceScaleFactor: mobile ? 2 : 1,
  isMobile: mobile,
  hasTouch: mobile,
  colorScheme: dark ? "dark" : "light",
});
page.on("console", (msg) => {
  if (msg.type() === "error" || msg.type() === "warning") console.log(`[${msg.type()}] ${msg.text()}`);
});
page.on("pageerror", (err) => console.log(`[pageerror] ${err.message}`));
await page.goto(url);
await page.waitForSelector(".status, .load-error, #panic-notice", { timeout: 20000 });
await page.waitForTimeout(400);
await page.screenshot({ path: out, fullPage: mobile });
console.log(`${out}: ${width}x${height}${mobile ? " (mobile)" : ""}`);
await browser.close();
