import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless=new","--no-sandbox","--disable-gpu","--disable-background-networking","--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(process.argv[2]);
await page.waitForSelector(".status");
await page.waitForTimeout(500);
const box = await page.locator(".map").boundingBox();
const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
await page.evaluate(() => { window.__frames = []; let last = performance.now(); const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__frames.length < 400) requestAnimationFrame(tick); }; requestAnimationFrame(tick); });
await page.mouse.move(cx, cy); await page.mouse.down();
for (let i = 0; i < 120; i++) { await page.mouse.move(cx + Math.sin(i / 10) * 200, cy + Math.cos(i / 13) * 100); }
await page.mouse.up();
const f = await page.evaluate(() => window.__frames.slice(5));
f.sort((a, b) => a - b);
console.log(process.argv[3], "frames", f.length, "median", f[Math.floor(f.length / 2)].toFixed(1), "p95", f[Math.floor(f.length * 0.95)].toFixed(1));
await browser.close();
