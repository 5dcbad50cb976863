// ESM consumer: run from a scratch project where the packed tarball is installed.
import init, { Extractor, version, defaultOptions, initSync } from "claimscan";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const pkg = createRequire(import.meta.url)("claimscan/package.json");
await init(); // accepted on Node, does nothing
initSync();
assert.equal(version(), pkg.version);
assert.equal(defaultOptions().positionEncoding, "utf16");

const text = 'Mayor Ana Ruiz said the new bridge "will reopen in May" 🌉. Officials in 東京 said 3 people were hurt.';
const ex = new Extractor();
const report = ex.extract(text);
assert.equal(report.schema, "claimscan/1");
assert.equal(report.offsets, "utf16");
assert.ok(report.claims.length > 0, "finds a claim");
for (const c of report.claims) {
  assert.equal(text.slice(c.start, c.end), c.text);
  assert.notEqual(c.cue, undefined, "absent values are null");
}
assert.equal(new Extractor({ positionEncoding: "utf8" }).extract(text).offsets, "byte");
assert.throws(
  () => new Extractor({ bogus: 1 }),
  (e) => e instanceof Error && e.message.includes("`bogus`") && e.option === "bogus",
);
assert.throws(() => new Extractor({ checkworthyThreshold: 7 }), /`checkworthyThreshold`/);
assert.deepEqual(new Extractor().extract("").claims, []);
ex.free();
console.log(`ESM ok: claimscan ${version()}, ${report.claims.length} claims`);
