// node browser.mjs PKG_DIR
// Serves tests/pkg/page/index.html at / and PKG_DIR at /pkg/, loads the page in headless
// Chromium (playwright-core with the system browser) and checks that it shows a claim, with no
// console error.
import { chromium } from "playwright-core";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const pkgDir = path.resolve(process.argv[2]);
const pageDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "page");
const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".json": "application/json" };

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost").pathname;
  const file = url.startsWith("/pkg/")
    ? path.join(pkgDir, path.normalize(url.slice(5)))
    : path.join(pageDir, url === "/" ? "index.html" : path.normalize(url));
  fs.readFile(file, (err, body) => {
    if (err) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    res.end(body);
  });
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
  ],
});
let failed = false;
try {
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(base);
  await page.waitForSelector('#status:not([data-state="loading"])', { timeout: 30000 });
  const state = await page.getAttribute("#status", "data-state");
  const status = await page.textContent("#status");
  const claims = await page.$$eval("li.claim", (els) => els.map((e) => e.textContent));
  if (state !== "ok" || claims.length === 0 || problems.length) {
    console.error(`page state ${state}: ${status}\nclaims: ${JSON.stringify(claims)}\n${problems.join("\n")}`);
    failed = true;
  } else {
    console.log(`browser ok: ${status}; first claim shown: ${JSON.stringify(claims[0])}`);
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
