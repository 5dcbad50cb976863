// Browser tests of the claimscan page: dist/ served on a free loopback port, loaded in Debian's
// headless Chromium through playwright-core. Run by scripts/test-browser.sh after `make dist`.
//
// Environment: CLAIMSCAN_DIST (default ../../dist), CHROMIUM_PATH (default /usr/bin/chromium),
// SCREENSHOT_DIR (default ../../target/screenshots: light, dark and phone PNGs go there).

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { mkdir, readFile, readdir } from "node:fs/promises";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, "..", "..");
const DIST = resolve(process.env.CLAIMSCAN_DIST ?? join(ROOT, "dist"));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR ?? join(ROOT, "target", "screenshots"));
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
const SETTLE_MS = 15_000;
// The budget of issue 18, on a 100 KB article: no main-thread task over 100 ms while typing,
// results within 1 s of the last key.
const LONG_TASK_BUDGET_MS = 100;
const RESULT_BUDGET_MS = 1000;

const example = (name) => readFile(join(ROOT, "web", "examples", `${name}.txt`), "utf8");

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
  let url;

  before(async () => {
    server = await serve(DIST);
    url = `http://127.0.0.1:${server.address().port}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok()));
  });

  /** A fresh page (own storage) that records console errors, page errors and failed requests. */
  async function open(options = {}) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
      ...options,
    });
    const page = await context.newPage();
    page.problems = [];
    page.on("console", (m) => m.type() === "error" && page.problems.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => page.problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => page.problems.push(`request failed: ${r.url()}`));
    page.on("response", (r) => r.status() >= 400 && page.problems.push(`HTTP ${r.status()}: ${r.url()}`));
    const response = await page.goto(url);
    assert.equal(response.status(), 200);
    await page.waitForSelector('[data-testid="highlight"]', { timeout: SETTLE_MS });
    await settled(page);
    return page;
  }

  async function close(page) {
    assert.deepEqual(page.problems, [], "console errors, page errors or failed requests");
    await page.context().close();
  }

  /** Wait until the analysis shown is of the text in the textarea. */
  async function settled(page) {
    await page.waitForSelector('.results[data-pending="false"]', { timeout: SETTLE_MS });
  }

  async function setText(page, text) {
    await page.fill('[data-testid="input"]', text);
    await settled(page);
  }

  /** [shown, total] from "12 of 40 claims". */
  async function count(page) {
    const text = await page.textContent('[data-testid="count"]');
    const m = text.match(/^(\d+) of (\d+) claims?$/);
    assert.ok(m, `count reads ${JSON.stringify(text)}`);
    return [Number(m[1]), Number(m[2])];
  }

  async function shot(page, name) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
  }

  /** Whether the `<details>` element `selector` inside `card` is open. */
  async function isOpen(card, selector) {
    return card.locator(selector).evaluate((d) => d.open);
  }

  async function assertNoTextLost(page) {
    const [shown, typed] = await page.evaluate(() => [
      document.querySelector(".highlighted").textContent,
      document.querySelector('[data-testid="input"]').value,
    ]);
    assert.equal(shown, typed);
  }

  test("the seed article, when ../shared/seed has one, shows highlights and cards", async (t) => {
    const dir = join(ROOT, "..", "shared", "seed");
    const files = (await readdir(dir).catch(() => [])).filter((f) => /\.(txt|md)$/.test(f)).sort();
    if (files.length === 0) {
      t.skip(`no article in ${dir}`);
      return;
    }
    const page = await open();
    await setText(page, await readFile(join(dir, files[0]), "utf8"));
    await assertNoTextLost(page);
    assert.ok((await page.locator('[data-testid="highlight"]').count()) >= 1, "no highlight");
    assert.ok((await page.locator('[data-testid="claim-card"]').count()) >= 1, "no card");
    await close(page);
  });

  test("an article pasted in shows its highlights and cards, with readable reasons", async () => {
    const page = await open();
    assert.equal(await page.title(), "claimscan — find the claims in a news article");
    await setText(page, await example("heatwave"));
    await assertNoTextLost(page);

    const marks = await page.locator('[data-testid="highlight"]').evaluateAll((ms) =>
      ms.map((m) => ({
        id: m.dataset.claimId,
        kind: [...m.classList].find((c) => /^claim-(direct|indirect|mixed|author)$/.test(c)),
        label: m.getAttribute("aria-label"),
      })),
    );
    assert.ok(marks.length >= 5, `only ${marks.length} highlights`);
    assert.ok(marks.every((m) => m.id && m.kind && m.label), JSON.stringify(marks));
    assert.ok(marks.some((m) => /^Direct quote by .*Osei/.test(m.label)), JSON.stringify(marks));
    const cards = await page.locator('[data-testid="claim-card"]').evaluateAll((cs) => cs.map((c) => c.dataset.claimId));
    assert.ok(cards.length >= 3, `${cards.length} cards rendered`);
    for (const id of cards) assert.ok(marks.some((m) => m.id === id), `card ${id} has no highlight`);
    const [shown, total] = await count(page);
    assert.equal(shown, total);
    assert.equal(await page.locator(".legend li").count(), 4);
    // The live region says only how many claims were found.
    assert.equal(await page.textContent('[role="status"][aria-live="polite"]'), `${total} claims found`);

    // Clicking a highlight selects and focuses its card.
    const first = page.locator('[data-testid="highlight"]').first();
    const id = await first.getAttribute("data-claim-id");
    await first.click();
    await page.waitForSelector(`[data-testid="claim-card"][data-claim-id="${id}"].is-selected`);

    // "Why?" reads as sentences; the codes sit behind "Details". Both panels stay open while
    // the virtualised list re-measures and re-renders the card (their state is kept by claim id).
    const cardId = await page.locator('[data-testid="claim-card"]').first().getAttribute("data-claim-id");
    const card = page.locator(`[data-testid="claim-card"][data-claim-id="${cardId}"]`);
    await card.locator(".reasons > summary").click();
    // Longer than the re-measure and re-render that a toggle starts.
    await page.waitForTimeout(500);
    assert.equal(await isOpen(card, ".reasons"), true, "the Why? panel stays open");
    const why = await card.locator(".why li").allTextContents();
    assert.ok(why.length >= 2, JSON.stringify(why));
    assert.ok(await card.locator(".why li").first().isVisible(), "the readable reasons are shown");
    assert.ok(why.every((l) => !/^[a-z]+:[a-z-]+/.test(l) && !l.includes("lexicon:")), JSON.stringify(why));
    assert.ok(why.some((l) => l.startsWith("Check-worthiness")), JSON.stringify(why));
    assert.equal(await card.locator(".codes code").first().isVisible(), false, "the codes wait behind Details");
    await card.locator(".codes > summary").click();
    await card.locator(".codes[open]").waitFor({ timeout: 2000 });
    await page.waitForTimeout(500);
    assert.equal(await isOpen(card, ".reasons"), true, "Why? is still open");
    assert.equal(await isOpen(card, ".codes"), true, "Details stays open");
    const codes = card.locator(".codes code");
    assert.ok(await codes.first().isVisible(), "the rule codes are shown");
    const codeTexts = await codes.allTextContents();
    assert.ok(codeTexts.length >= 2 && codeTexts.every((c) => /^[a-z]+:/.test(c)), JSON.stringify(codeTexts));
    // The open panels survive scrolling the list away and back.
    await page.locator(".claim-list").evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.waitForTimeout(300);
    await page.locator(".claim-list").evaluate((el) => (el.scrollTop = 0));
    await page.waitForTimeout(300);
    assert.equal(await isOpen(card, ".reasons"), true, "Why? is open after scrolling back");
    assert.ok(await codes.first().isVisible(), "Details is open after scrolling back");
    // Closing works too.
    await card.locator(".reasons > summary").click();
    await page.waitForTimeout(300);
    assert.equal(await isOpen(card, ".reasons"), false, "Why? closes");
    await shot(page, "light");
    await close(page);
  });

  test("each card says how sure its claim is", async () => {
    const page = await open();
    await setText(
      page,
      "The council said the repairs may cost more than planned. " +
        "Ticket sales rose last year, the operator said.",
    );
    const cards = page.locator('[data-testid="claim-card"]');
    assert.ok((await cards.count()) >= 2, `${await cards.count()} cards`);
    const certainties = await cards.evaluateAll((cs) =>
      cs.map((c) => [...c.querySelectorAll("dt")].find((d) => d.textContent === "Certainty")?.nextElementSibling.textContent),
    );
    assert.ok(certainties.every((c) => typeof c === "string" && c.length > 0), JSON.stringify(certainties));
    assert.ok(certainties.some((c) => c.startsWith("possible (may")), JSON.stringify(certainties));
    assert.ok(certainties.some((c) => c === "stated as fact"), JSON.stringify(certainties));
    await close(page);
  });

  test("each card lists its claim's figures with what they normalise to", async () => {
    const page = await open();
    await setText(
      page,
      "The new quay will cost $412 million over three years, the harbour board said. " +
        "Traffic rose 9 per cent last year, the operator said.",
    );
    await page.waitForSelector('[data-testid="claim-card"] .figure', { timeout: 5000 });
    const figures = await page
      .locator('[data-testid="claim-card"] .figure')
      .evaluateAll((fs) => fs.map((f) => [f.dataset.kind, f.textContent]));
    const has = (kind, text) => figures.some(([k, t]) => k === kind && t.includes(text));
    assert.ok(has("money", "$412 million = 412,000,000 USD"), JSON.stringify(figures));
    assert.ok(has("duration", "over three years"), JSON.stringify(figures));
    assert.ok(has("percent", "9 per cent"), JSON.stringify(figures));
    assert.ok(has("date", "last year"), JSON.stringify(figures));
    await close(page);
  });

  test("each filter narrows the list, chips remove them, and sort reorders it", async () => {
    const page = await open();
    await setText(page, await example("factory"));
    const [, total] = await count(page);
    assert.ok(total >= 6, `${total} claims`);

    const narrows = async (what, apply) => {
      await apply();
      await page.waitForSelector('[data-testid="chip"]', { timeout: 2000 });
      const [shown] = await count(page);
      assert.ok(shown < total && shown >= 0, `${what}: ${shown} of ${total}`);
      assert.equal(await page.locator('[data-testid="chip"]').count(), 1, `${what}: one chip`);
      await page.locator('[data-testid="chip"] button').click();
      await page.waitForSelector('[data-testid="chip"]', { state: "detached", timeout: 2000 });
      assert.deepEqual(await count(page), [total, total], `${what}: the chip lifts it`);
    };
    await narrows("kind", () => page.selectOption('[data-testid="filter-kind"]', "direct"));
    const sources = await page.locator('[data-testid="filter-source"] option').evaluateAll((os) => os.map((o) => o.value));
    await narrows("source", () => page.selectOption('[data-testid="filter-source"]', sources[1]));
    await narrows("certainty", () => page.selectOption('[data-testid="filter-certainty"]', "possible"));
    await narrows("min score", () =>
      page.locator('[data-testid="filter-min-score"]').evaluate((el) => {
        el.value = "0.9";
        el.dispatchEvent(new Event("input", { bubbles: true }));
      }),
    );
    await narrows("hide the writer", () => page.check('[data-testid="filter-hide-author"]'));
    await narrows("source panel", () => page.locator('[data-testid="source-item"]').first().click());
    const categories = await page
      .locator('[data-testid="claim-card"] .category')
      .allTextContents();
    if (new Set(categories).size > 1) {
      await narrows("category", () => page.selectOption('[data-testid="filter-category"]', categories[0]));
    }

    const order = () =>
      page.locator('[data-testid="claim-card"]').evaluateAll((cs) => cs.map((c) => c.dataset.claimId));
    const before = await order();
    await page.selectOption('[data-testid="sort"]', "score");
    const after = await order();
    assert.notDeepEqual(after, before, "sorting by score changes the order");
    const scores = await page
      .locator('[data-testid="claim-card"] meter')
      .evaluateAll((ms) => ms.map((m) => Number(m.value)));
    for (let i = 1; i < scores.length; i++) assert.ok(scores[i - 1] >= scores[i], `${scores}`);
    await close(page);
  });

  test("each export downloads a file that parses; copying works", async () => {
    const page = await open();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const formula = "=HYPERLINK(1) is what the spreadsheet shows, the auditor said.";
    await setText(page, (await example("harbour")) + "\n\n" + formula + "\n");
    await page.click('[data-testid="export-toggle"]');
    const download = async (key) => {
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.click(`[data-testid="export-${key}"]`),
      ]);
      return readFile(await file.path(), "utf8");
    };
    const report = JSON.parse(await download("json"));
    assert.equal(report.schema, "claimscan/1.1");
    const [, total] = await count(page);
    assert.equal(report.claims.length, total);

    const csv = await download("csv");
    const rows = parseCsv(csv);
    assert.equal(rows[0][0], "claim_id");
    assert.equal(rows.length, total + 1);
    const cells = rows.flat();
    assert.ok(cells.some((c) => c.startsWith("'=HYPERLINK")), "the formula-like cell is escaped");
    assert.ok(!cells.some((c) => /^[=+\-@\t\r]/.test(c)), "no cell starts like a formula");

    const md = await download("markdown");
    assert.match(md, /^# Claims to check/);
    assert.equal(md.match(/^- \[ \] /gm).length, total);

    const ld = JSON.parse(await download("claimreview"));
    assert.equal(ld.length, total);
    assert.equal(ld[0]["@type"], "ClaimReview");
    assert.equal(ld[0].itemReviewed["@type"], "Claim");
    assert.ok("claimant" in ld[0].itemReviewed && "appearance" in ld[0].itemReviewed);

    await page.click('[data-testid="copy-csv"]');
    await page.waitForSelector("text=Copied the CSV table");
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^claim_id,/);
    await close(page);
  });

  test("a dropped or opened file replaces the text; HTML is reduced to text", async () => {
    const page = await open();
    const html =
      "<html><head><title>T</title><script>window.__ran = 1</script></head><body>" +
      "<h1>Bridge to Reopen</h1><p>The mayor said the <b>bridge</b> will reopen in May.</p>" +
      '<img src="x" onerror="window.__ran = 2"><p>Officials said repairs may cost 3 million euros.</p></body></html>';
    const data = await page.evaluateHandle((html) => {
      const dt = new DataTransfer();
      dt.items.add(new File([html], "article.html", { type: "text/html" }));
      return dt;
    }, html);
    await page.dispatchEvent(".editor", "drop", { dataTransfer: data });
    await page.waitForFunction(() => document.querySelector('[data-testid="input"]').value.startsWith("Bridge to Reopen"));
    await settled(page);
    const value = await page.inputValue('[data-testid="input"]');
    assert.equal(value, "Bridge to Reopen\n\nThe mayor said the bridge will reopen in May.\n\nOfficials said repairs may cost 3 million euros.");
    assert.equal(await page.evaluate(() => window.__ran), undefined);
    // The replaced text can be brought back.
    await page.click(".undo-bar >> text=Undo");
    await page.waitForFunction(() => document.querySelector('[data-testid="input"]').value.includes("Lena Marsh"));

    await page.setInputFiles('[data-testid="file-input"]', {
      name: "notes.md",
      mimeType: "text/markdown",
      buffer: Buffer.from("# Notes\n\nAnalysts say the ferry may be late.\n"),
    });
    await page.waitForFunction(() => document.querySelector('[data-testid="input"]').value.startsWith("# Notes"));
    await settled(page);
    assert.ok((await page.locator('[data-testid="claim-card"]').count()) >= 1);
    await close(page);
  });

  test("HTML and script input shows as text and never runs", async () => {
    const page = await open();
    const hostile =
      '<img src=x onerror="window.__ran=1"><script>window.__ran=2</script> The mayor said <b>taxes</b> will rise.';
    await setText(page, hostile);
    await assertNoTextLost(page);
    assert.equal(await page.evaluate(() => window.__ran), undefined);
    assert.equal(await page.locator(".highlighted img, .highlighted script, .highlighted b").count(), 0);
    assert.match(await page.textContent(".highlighted"), /<script>window.__ran=2<\/script>/);
    await close(page);
  });

  test("no request leaves the page after load", async () => {
    const page = await open();
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    page.context().on("request", (r) => requests.push(r.url()));
    await page.click('[data-testid="input"]');
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type(" Officials said the ferry may be late.", { delay: 10 });
    await settled(page);
    await page.selectOption('[data-testid="example"]', "election");
    await settled(page);
    await page.selectOption('[data-testid="filter-kind"]', "indirect");
    await page.selectOption('[data-testid="sort"]', "score");
    await page.click('[data-testid="theme-toggle"]');
    await page.locator('[data-testid="claim-card"] .reasons > summary').first().click();
    assert.deepEqual(requests, []);
    await close(page);
  });

  test("keyboard only: reach a highlight, open its card, export", async () => {
    const page = await open();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return { testid: el?.dataset?.testid ?? null, claim: el?.dataset?.claimId ?? null };
      });
    let f;
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      f = await focused();
      if (f.testid === "highlight") break;
    }
    assert.equal(f.testid, "highlight", "Tab reaches a highlight");
    const visible = await page.evaluate(() => {
      const el = document.activeElement;
      return getComputedStyle(el).outlineStyle !== "none";
    });
    assert.ok(visible, "the focused highlight shows a focus ring");
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (id) => document.activeElement?.dataset?.testid === "claim-card" && document.activeElement.dataset.claimId === id,
      f.claim,
    );
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Shift+Tab");
      if ((await focused()).testid === "export-toggle") break;
    }
    assert.equal((await focused()).testid, "export-toggle", "Shift+Tab reaches the export box");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    assert.equal((await focused()).testid, "export-json");
    const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    assert.equal(file.suggestedFilename(), "claimscan-report.json");
    await close(page);
  });

  test("a 100 KB article: typing never blocks the page, results follow within a second", async () => {
    const page = await open();
    const parts = await Promise.all(["harbour", "heatwave", "factory", "election"].map(example));
    let big = "";
    for (let i = 0; big.length < 100_000; i++) big += parts[i % parts.length].replace(/\d+/g, (n) => String(Number(n) + i)) + "\n";
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: "longtask" });
    });
    // Put the text in as a paste does (one input event). Playwright's fill() goes through
    // Chromium's editing commands, which alone take seconds for 100 KB here, with or without
    // the page's code, so it would measure the browser rather than the page.
    const pasted = Date.now();
    await page.locator('[data-testid="input"]').evaluate((el, text) => {
      el.value = text;
      el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    }, big);
    await settled(page);
    const pasteMs = Date.now() - pasted;
    await page.waitForTimeout(300);
    console.log(
      `# 100 KB pasted: results after ${pasteMs} ms; longest main-thread task ` +
        `${(await page.evaluate(() => window.__longest)).toFixed(0)} ms (reported, not budgeted)`,
    );
    const [, total] = await count(page);
    assert.ok(total > 300, `${total} claims`);
    // Only what is on screen is rendered.
    assert.ok((await page.locator('[data-testid="claim-card"]').count()) < 60, "cards are virtualised");
    assert.ok((await page.locator('[data-testid="highlight"]').count()) < 400, "highlights are virtualised");

    await page.click('[data-testid="input"]');
    await page.keyboard.press("ControlOrMeta+End");
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: "longtask" });
    });
    await page.keyboard.type(" Analysts say it works.", { delay: 40 }); // 23 keys
    const lastKey = Date.now();
    await page.waitForFunction(
      () =>
        document.querySelector('.results[data-pending="false"]') &&
        document.querySelector('[data-testid="input"]').value.endsWith("it works."),
      null,
      { timeout: SETTLE_MS, polling: 10 },
    );
    const resultMs = Date.now() - lastKey;
    // A task still running when typing stopped is reported when it ends.
    await page.waitForTimeout(300);
    const longest = await page.evaluate(() => window.__longest);
    const [extractMs, readMs] = await page.evaluate(() => {
      const r = document.querySelector(".results");
      return [r.dataset.extractMs, r.dataset.readMs];
    });
    console.log(
      `# 100 KB article (${big.length} chars, ${total} claims): longest main-thread task while typing ` +
        `${longest.toFixed(0)} ms; results ${resultMs} ms after the last key ` +
        `(extraction in the worker ${extractMs} ms, reading its answer ${readMs} ms)`,
    );
    assert.ok(longest <= LONG_TASK_BUDGET_MS, `a ${longest} ms task while typing`);
    assert.ok(resultMs <= RESULT_BUDGET_MS, `results ${resultMs} ms after the last key`);

    // A card far down the list can still be reached from its highlight.
    const [shareWarning] = await Promise.all([
      page.click('[data-testid="export-toggle"]').then(() => page.click('[data-testid="share"]')),
    ]);
    void shareWarning;
    await page.waitForSelector("text=too long for a link");
    await close(page);
  });

  // Issue 20's target: a 1,500-word article extracted in at most 5 ms in the page. Reported, not
  // budgeted (speed is measured, never asserted in a test): the median of seven extractions, as
  // the worker times them (extraction and the report's JSON).
  test("a 1,500-word article: the worker's extraction time is reported", async () => {
    const page = await open();
    const parts = await Promise.all(["harbour", "heatwave", "factory", "election"].map(example));
    let article = "";
    for (let i = 0; article.split(/\s+/).length < 1500; i++) article += parts[i % parts.length] + "\n";
    const words = article.split(/\s+/).filter(Boolean).length;
    const times = [];
    for (let round = 0; round < 7; round++) {
      // A different text each round, so the page extracts again.
      const text = article.replace(/\d+/, (n) => String(Number(n) + round + 1));
      await page.locator('[data-testid="input"]').evaluate((el, t) => {
        el.value = t;
        el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      }, text);
      await page.waitForFunction(
        (t) =>
          document.querySelector('.results[data-pending="false"]') &&
          document.querySelector('[data-testid="input"]').value === t,
        text,
        { timeout: SETTLE_MS, polling: 10 },
      );
      const ms = Number(await page.evaluate(() => document.querySelector(".results").dataset.extractMs));
      assert.ok(Number.isFinite(ms), `extraction time ${ms}`);
      times.push(ms);
    }
    times.sort((a, b) => a - b);
    const [, total] = await count(page);
    assert.ok(total > 20, `${total} claims`);
    console.log(
      `# ${words}-word article (${total} claims): extraction in the worker, median of 7: ` +
        `${times[3]} ms (all: ${times.join(", ")}; issue 20's target 5 ms)`,
    );
    await close(page);
  });

  test("the text survives a reload until forgotten; clear and examples can be undone", async () => {
    const page = await open();
    await setText(page, "The mayor said the bridge will reopen in May.");
    await page.waitForTimeout(300);
    await page.reload();
    await page.waitForSelector('[data-testid="highlight"]', { timeout: SETTLE_MS });
    assert.equal(await page.inputValue('[data-testid="input"]'), "The mayor said the bridge will reopen in May.");

    await page.click("text=Clear");
    await settled(page);
    assert.equal(await page.inputValue('[data-testid="input"]'), "");
    await page.waitForSelector(".empty-message");
    await page.click(".undo-bar >> text=Undo");
    assert.equal(await page.inputValue('[data-testid="input"]'), "The mayor said the bridge will reopen in May.");
    await page.selectOption('[data-testid="example"]', "heatwave");
    await settled(page);
    assert.match(await page.inputValue('[data-testid="input"]'), /Amara Osei/);
    await page.click(".undo-bar >> text=Undo");
    assert.equal(await page.inputValue('[data-testid="input"]'), "The mayor said the bridge will reopen in May.");

    await page.uncheck("text=Keep my text on this device");
    assert.equal(await page.evaluate(() => localStorage.getItem("claimscan.text")), null);
    await page.reload();
    await page.waitForSelector('[data-testid="highlight"]', { timeout: SETTLE_MS });
    assert.match(await page.inputValue('[data-testid="input"]'), /Lena Marsh/);
    await close(page);
  });

  test("a share link carries the text only on request", async () => {
    const page = await open();
    assert.equal(new URL(page.url()).hash, "");
    await setText(page, "Officials said the “new” ferry may be late — if the strike goes on. 🚢");
    assert.equal(new URL(page.url()).hash, "", "nothing goes into the address unasked");
    await page.click('[data-testid="export-toggle"]');
    await page.click('[data-testid="share"]');
    const link = await page.inputValue('[data-testid="share-link"]');
    assert.match(link, /#text=/);
    const other = await page.context().newPage();
    await other.goto(link);
    await other.waitForSelector('[data-testid="highlight"]', { timeout: SETTLE_MS });
    assert.equal(await other.inputValue('[data-testid="input"]'), "Officials said the “new” ferry may be late — if the strike goes on. 🚢");
    await other.close();
    await close(page);
  });

  test("dark theme follows the system and the toggle", async () => {
    const page = await open({ colorScheme: "dark" });
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(await bg(), "rgb(18, 21, 27)");
    assert.equal(await page.getAttribute('[data-testid="theme-toggle"]', "aria-pressed"), "true");
    await page.locator('[data-testid="highlight"]').first().click();
    await shot(page, "dark");
    await page.click('[data-testid="theme-toggle"]');
    assert.equal(await bg(), "rgb(246, 247, 249)");
    await close(page);
  });

  test("text meets WCAG AA contrast in both themes", async () => {
    for (const colorScheme of ["light", "dark"]) {
      const page = await open({ colorScheme });
      await page.click('[data-testid="export-toggle"]');
      await page.locator('[data-testid="claim-card"] .reasons > summary').first().click();
      const failures = await page.evaluate(lowContrastText);
      assert.deepEqual(failures, [], `${colorScheme}: text under AA contrast`);
      await close(page);
    }
  });

  test("phone width: no horizontal scroll, claims one tap away, 44 px touch targets", async () => {
    const page = await open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok((await overflow()) <= 0, `overflow ${await overflow()} px`);
    await shot(page, "phone");
    await page.tap("text=/^Claims \\(\\d+\\)$/");
    await page.waitForSelector('[data-testid="claim-card"]', { state: "visible" });
    assert.ok((await overflow()) <= 0, `overflow ${await overflow()} px on the claims`);
    const top = await page.locator('[data-testid="claim-card"]').first().evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top < 1400, `the first card starts ${top} px down`);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("button, select, summary, .button, input[type=checkbox]")]
        .filter((el) => el.offsetParent !== null)
        .map((el) => {
          const box = (el.closest("label.check") ?? el).getBoundingClientRect();
          return { what: el.textContent.trim().slice(0, 30) || el.outerHTML.slice(0, 60), h: box.height };
        })
        .filter((b) => b.h > 0 && b.h < 44),
    );
    assert.deepEqual(small, [], "touch targets under 44 px");
    await shot(page, "phone-claims");
    await close(page);
  });
});

/** A small RFC 4180 reader for the CSV export. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** In the page: every visible text whose contrast with its background is under WCAG AA. */
function lowContrastText() {
  const rgb = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !el || seen.has(el) || el.closest(".sr-only, .visually-hidden, option")) continue;
    seen.add(el);
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || el.checkVisibility?.() === false) continue;
    const style = getComputedStyle(el);
    const fg = rgb(style.color).slice(0, 3);
    const [a, b] = [lum(fg), lum(background(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) out.push(`${ratio.toFixed(2)} ${el.tagName}.${el.className}: ${n.textContent.trim().slice(0, 30)}`);
  }
  return out;
}
