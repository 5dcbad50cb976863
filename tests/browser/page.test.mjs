// Browser tests of the claimscan page: dist/ served on a free loopback port, loaded in Debian's
// headless Chromium through playwright-core. Run by scripts/test-browser.sh after `make dist`.
//
// Environment: CLAIMSCAN_DIST (default ../../dist), CHROMIUM_PATH (default /usr/bin/chromium),
// SCREENSHOT_DIR (when set, a PNG of each state is written there).

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { mkdir, readFile } from "node:fs/promises";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.env.CLAIMSCAN_DIST ?? join(here, "..", "..", "dist"));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR;
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const MIME = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
};
// Longer than the page's 150 ms debounce plus an extraction.
const SETTLE_MS = 10_000;

/** Serve `root` on 127.0.0.1, on a port the OS picks. */
function serve(root) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = resolve(root, "." + (path.endsWith("/") ? path + "index.html" : path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok(server));
  });
}

describe("claimscan page", () => {
  let server;
  let browser;
  let page;
  let url;
  const problems = [];

  before(async () => {
    server = await serve(DIST);
    url = `http://127.0.0.1:${server.address().port}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
    page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    if (SCREENSHOT_DIR) await mkdir(SCREENSHOT_DIR, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok()));
  });

  async function shot(name) {
    if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  }

  /** Wait until the debounced analysis has caught up with the textarea. */
  async function settled() {
    await page.waitForSelector('.results[data-pending="false"]', { timeout: SETTLE_MS });
  }

  /** Empty the textarea the way a user does: select all, delete. */
  async function clearByKeyboard() {
    await page.click("#article");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Backspace");
  }

  /** The highlighted view must show exactly the text that was analysed: nothing lost. */
  async function assertNoTextLost() {
    const [shown, typed] = await page.evaluate(() => [
      document.querySelector(".highlighted").textContent,
      document.querySelector("#article").value,
    ]);
    assert.equal(shown, typed);
  }

  function assertNoProblems() {
    assert.deepEqual(problems, [], "console errors, page errors or failed requests");
  }

  test("loads the example with highlighted claims and cards", async () => {
    const response = await page.goto(url);
    assert.equal(response.status(), 200);
    await page.waitForSelector("mark.claim", { timeout: SETTLE_MS });
    await settled();
    await shot("example");

    assert.equal(await page.title(), "claimscan — find the claims in a news article");
    const text = await page.inputValue("#article");
    assert.match(text, /Lena Marsh/);
    assert.ok((await page.locator("mark.claim").count()) >= 1, "no highlighted claim");
    assert.ok((await page.locator(".claim-card").count()) >= 1, "no claim card");
    const kinds = await page.locator("mark.claim").evaluateAll((marks) =>
      marks.map((m) => [...m.classList].find((c) => /^claim-(direct|indirect|mixed|author)$/.test(c))),
    );
    assert.ok(kinds.every(Boolean), `a highlight without a kind class: ${kinds}`);
    assert.equal(await page.locator(".legend li").count(), 4);
    await assertNoTextLost();
    assertNoProblems();
  });

  test("clicking a highlight selects its card", async () => {
    const mark = page.locator("mark.claim").first();
    const index = await mark.getAttribute("data-claim");
    await mark.click();
    await page.waitForSelector(`#card-${index}.is-selected`, { timeout: SETTLE_MS });
    assertNoProblems();
  });

  test("typed text is analysed after the debounce", async () => {
    await clearByKeyboard();
    await page.waitForSelector(".empty-message", { timeout: SETTLE_MS });
    await page.keyboard.type("The mayor said the bridge will reopen in May.", { delay: 15 });
    await settled();
    const mark = page.locator("mark.claim", { hasText: "bridge will reopen" });
    await mark.first().waitFor({ timeout: SETTLE_MS });
    await page
      .locator(".claim-card", { hasText: "bridge will reopen" })
      .first()
      .waitFor({ timeout: SETTLE_MS });
    await shot("typed");
    await assertNoTextLost();
    assertNoProblems();
  });

  test("empty input shows the empty message and no cards", async () => {
    await clearByKeyboard();
    await settled();
    await page.waitForSelector(".empty-message", { timeout: SETTLE_MS });
    assert.equal(await page.locator(".claim-card").count(), 0);
    assert.equal(await page.locator("mark.claim").count(), 0);
    // Whitespace only counts as empty too.
    await page.keyboard.type("   \n  ");
    await settled();
    assert.equal(await page.locator(".empty-message").count(), 1);
    await shot("empty");
    assertNoProblems();
  });

  test("text outside the Basic Multilingual Plane keeps every character", async () => {
    await page.fill("#article", "🚢 Officials said the “new” ferry may be late — if the strike goes on. Ça va.");
    await settled();
    await page.waitForSelector("mark.claim", { timeout: SETTLE_MS });
    await assertNoTextLost();
    assertNoProblems();
  });

  test("Load example brings the article back", async () => {
    await page.click("text=Load example");
    await settled();
    assert.match(await page.inputValue("#article"), /Port Authority Director Lena Marsh/);
    assert.ok((await page.locator(".claim-card").count()) >= 1);
    await assertNoTextLost();
    assertNoProblems();
  });
});
