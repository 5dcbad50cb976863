// CommonJS consumer: run from a scratch project where the packed tarball is installed.
const assert = require("node:assert/strict");
const { Extractor, version, defaultOptions } = require("claimscan");

assert.equal(version(), require("claimscan/package.json").version);
assert.equal(defaultOptions().minClaimWords, 3);
const text = "Police said 40 people were hurt. مرحبا 🙂 The council said it would pay.";
const report = new Extractor({ positionEncoding: "utf16" }).extract(text);
assert.ok(report.claims.length > 0, "finds a claim");
for (const c of report.claims) assert.equal(text.slice(c.start, c.end), c.text);
assert.throws(() => new Extractor({ positionEncoding: "utf-16" }), /`positionEncoding`/);
console.log(`CJS ok: claimscan ${version()}, ${report.claims.length} claims`);
