// ESM consumer: run from a scratch project where the packed tarball is installed.
import init, { Extractor, version, defaultOptions, initSync, init as namedInit } from "claimscan";
import * as all from "claimscan";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const pkg = createRequire(import.meta.url)("claimscan/package.json");
await init(); // accepted on Node, does nothing
await init({ module_or_path: "ignored on Node" });
await namedInit();
initSync({ module: new Uint8Array() });
// One API in ESM and CommonJS, and nothing else (no stray `start`).
const API = ["Extractor", "default", "defaultOptions", "init", "initSync", "version"];
assert.deepEqual(Object.keys(all).sort(), API);
assert.equal(all.default, all.init);
assert.equal(version(), pkg.version);
assert.equal(defaultOptions().positionEncoding, "utf16");

const text = 'Mayor Ana Ruiz said the new bridge "will reopen in May" 🌉. Officials in 東京 said 3 people were hurt.';
const ex = new Extractor();
const report = ex.extract(text);
assert.equal(report.schema, "claimscan/1.1");
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
// Anything but a string is a TypeError saying a string is expected.
for (const bad of [42, undefined, null, {}, ["a"], Buffer.from("Police said 40 people were hurt.")]) {
  assert.throws(() => ex.extract(bad), (e) => e instanceof TypeError && /expects a string/.test(e.message), String(bad));
}
// Each lone surrogate reads as U+FFFD, one code unit for one: offsets still index the input.
const lone = "Police said 40 \ud800people were hurt, the mayor said.";
const loneReport = ex.extract(lone);
assert.ok(loneReport.claims.length > 0);
assert.deepEqual(loneReport, ex.extract(lone.replace("\ud800", "\ufffd")));
ex.free();
console.log(`ESM ok: claimscan ${version()}, ${report.claims.length} claims`);
