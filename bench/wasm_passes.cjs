// Instructions per pass of the npm module in Node, for comparing builds of it (docs/speed.md,
// "WebAssembly boundary"): N passes of `Extractor.extract` over the documents of a bench JSONL,
// report as JS objects, as bench/node.mjs does. Run under cachegrind twice with different N; the
// difference over the difference in N is one pass, start-up and compilation apart:
//
//   python3 bench/make_inputs.py --mb 0.28 --out target/bench/b028.jsonl
//   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
//     node --single-threaded --predictable --no-liftoff bench/wasm_passes.cjs target/pkg target/bench/b028.jsonl 2
//   (and 5; bench/wasm_instr.sh does both and prints the count per pass)
//
// --single-threaded --predictable make the counts repeat (to about 1e-5); without them the JIT's
// and the collector's threads move them by ±4 %.
"use strict";
const fs = require("fs");
const path = require("path");
const [pkgDir, docsPath, passesArg] = process.argv.slice(2);
const passes = Number(passesArg || 1);
const docs = fs
  .readFileSync(docsPath, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text);
const claimscan = require(path.resolve(pkgDir, "claimscan.node.cjs"));
const extractor = new claimscan.Extractor();
let sink = 0;
for (let p = 0; p < passes; p++) {
  for (const d of docs) sink += extractor.extract(d).claims.length;
}
console.log(JSON.stringify({ passes, docs: docs.length, claims: sink }));
