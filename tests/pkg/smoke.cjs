// CommonJS consumer: run from a scratch project where the packed tarball is installed.
const assert = require("node:assert/strict");
const cs = require("claimscan");
const { Extractor, version, defaultOptions } = cs;

// The same API as the ESM build: init (also as default) and initSync do nothing on Node.
const API = ["Extractor", "default", "defaultOptions", "init", "initSync", "version"];
assert.deepEqual(Object.keys(cs).sort(), API);
assert.equal(cs.default, cs.init);
assert.ok(cs.init() instanceof Promise);

assert.equal(version(), require("claimscan/package.json").version);
assert.equal(defaultOptions().minClaimWords, 3);
const text = "Police said 40 people were hurt. مرحبا 🙂 The council said it would pay.";
const report = new Extractor({ positionEncoding: "utf16" }).extract(text);
assert.ok(report.claims.length > 0, "finds a claim");
for (const c of report.claims) assert.equal(text.slice(c.start, c.end), c.text);
assert.throws(() => new Extractor({ positionEncoding: "utf-16" }), /`positionEncoding`/);
assert.throws(() => new Extractor().extract(42), TypeError);
console.log(`CJS ok: claimscan ${version()}, ${report.claims.length} claims`);
