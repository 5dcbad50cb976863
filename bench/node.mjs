// The JavaScript side of `make bench`, in one Node process: the claimscan WebAssembly module
// (target/pkg, the nodejs build), wink-nlp with wink-eng-lite-web-model (sentences, entities,
// POS tags) and compromise (sentences, people, quotations), over the same documents.
// Prints one JSON line per tool: {name, what, docs, bytes, seconds, mb_s}; the best of ROUNDS.
//
//   node bench/node.mjs DOCS.jsonl PKG_DIR
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const [docsPath, pkgDir] = process.argv.slice(2);
const rounds = Number(process.env.CLAIMSCAN_BENCH_ROUNDS || 3);
const docs = readFileSync(docsPath, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);

function measure(name, what, run) {
  for (const d of docs) run(d); // warm-up (JIT, lazy model loading)
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = process.hrtime.bigint();
    for (const d of docs) run(d);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
  }
  console.log(JSON.stringify({ name, what, docs: docs.length, bytes, seconds: best, mb_s: bytes / 1e6 / best }));
}

const claimscan = require(path.resolve(pkgDir, "claimscan.node.cjs"));
const extractor = new claimscan.Extractor();
let sink = 0;
measure("wasm", "claimscan WebAssembly in Node, whole pipeline, report as JS objects", (t) => {
  sink += extractor.extract(t).claims.length;
});

const winkNLP = require("wink-nlp");
const model = require("wink-eng-lite-web-model");
const nlp = winkNLP(model);
const its = nlp.its;
measure("wink-nlp", "wink-nlp 2.4 + wink-eng-lite-web-model: sentences, entities, POS tags", (t) => {
  const doc = nlp.readDoc(t);
  sink += doc.sentences().out().length + doc.entities().out().length + doc.tokens().out(its.pos).length;
});

const compromise = require("compromise");
measure("compromise", "compromise 14: sentences, people, quotations", (t) => {
  const doc = compromise(t);
  sink += doc.sentences().out("array").length + doc.people().out("array").length + doc.quotations().out("array").length;
});

if (sink < 0) console.log(sink);
