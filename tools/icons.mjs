// Draws the app's PNG icons (public/icons/atlas-192.png and atlas-512.png) from
// public/icons/atlas.svg, the same design as the favicon in index.html, in headless Chromium.
// Run once after changing the SVG: `node tools/icons.mjs`; the PNGs are kept in the repository.
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

const icons = resolve(dirname(fileURLToPath(import.meta.url)), "../public/icons");
const svg = readFileSync(resolve(icons, "atlas.svg"), "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  await page.setContent(
    `<body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`,
  );
  await page.locator("img").screenshot({ path: resolve(icons, `atlas-${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`icons: ${icons}/atlas-192.png, atlas-512.png`);
