// node bundle.mjs PROJECT_DIR
// Bundles tests/pkg/bundle/app.js with esbuild inside PROJECT_DIR (a scratch project where the
// packed tarball is installed, as a user would), with the README's recipe for the .wasm
// (`--loader:.wasm=file`). Fails on any esbuild warning, then serves the output and checks in
// headless Chromium that the page shows a claim, with no console error or warning and no
// failed request.
import { build } from "esbuild";
import { chromium } from "playwright-core";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const project = path.resolve(process.argv[2]);
const here = path.join(path.dirname(fileURLToPath(import.meta.url)), "bundle");
const src = path.join(project, "bundle-src");
const out = path.join(project, "bundle-out");
fs.mkdirSync(src, { recursive: true });
fs.copyFileSync(path.join(here, "app.js"), path.join(src, "app.js"));

const result = await build({
  absWorkingDir: project,
  entryPoints: [path.join(src, "app.js")],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  outdir: out,
  loader: { ".wasm": "file" },
  logLevel: "silent",
});
if (result.warnings.length || result.errors.length) {
  console.error(JSON.stringify([...result.errors, ...result.warnings], null, 1));
  process.exit(1);
}
fs.copyFileSync(path.join(here, "index.html"), path.join(out, "index.html"));
const files = fs.readdirSync(out);
const wasm = files.find((f) => f.endsWith(".wasm"));
if (!wasm) throw new Error(`esbuild emitted no .wasm: ${files}`);

const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost").pathname;
  const file = path.join(out, url === "/" ? "index.html" : path.normalize(url));
  fs.readFile(file, (err, body) => {
    if (err) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" }).end(body);
  });
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});
let failed = false;
try {
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('#status:not([data-state="loading"])', { timeout: 30000 });
  const state = await page.getAttribute("#status", "data-state");
  const status = await page.textContent("#status");
  const claims = await page.$$eval("li.claim", (els) => els.map((e) => e.textContent));
  if (state !== "ok" || claims.length === 0 || problems.length) {
    console.error(`bundle page state ${state}: ${status}\nclaims: ${JSON.stringify(claims)}\n${problems.join("\n")}`);
    failed = true;
  } else {
    const size = (f) => fs.statSync(path.join(out, f)).size;
    const js = files.filter((f) => f.endsWith(".js"));
    console.log(
      `esbuild bundle ok (${js.map((f) => `${f} ${size(f)} B`).join(", ")}, ${wasm} ${size(wasm)} B): ${status}; first claim: ${JSON.stringify(claims[0])}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
