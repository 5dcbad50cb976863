// node native-vs-wasm.mjs NATIVE.json CORPUS_DIR
// NATIVE.json maps file names to native reports with UTF-16 offsets (the `native-reports`
// example of claimscan-wasm). The WASM report of each file must serialise to the same bytes, and
// every span must slice its text out of the JS string.
import { Extractor } from "claimscan";
import fs from "node:fs";
import path from "node:path";

const [nativePath, corpusDir] = process.argv.slice(2);
const native = JSON.parse(fs.readFileSync(nativePath, "utf8"));
const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort();
const failures = [];
if (files.length < 4) failures.push(`only ${files.length} corpus files in ${corpusDir}`);
if (JSON.stringify(Object.keys(native).sort()) !== JSON.stringify(files)) {
  failures.push(`native reports cover ${Object.keys(native)} but the corpus is ${files}`);
}

function spans(report) {
  const out = [];
  for (const c of report.claims) {
    out.push(c, ...c.fragments, ...c.hedges);
    for (const k of ["source", "cue", "channel", "condition"]) if (c[k]) out.push(c[k]);
  }
  for (const e of report.entities) out.push(...e.mentions);
  out.push(...report.hedges);
  return out;
}

const ex = new Extractor();
let claims = 0;
for (const file of files) {
  const text = fs.readFileSync(path.join(corpusDir, file), "utf8");
  const wasm = JSON.stringify(ex.extract(text));
  const nat = JSON.stringify(native[file]);
  if (wasm !== nat) {
    let i = 0;
    while (i < wasm.length && wasm[i] === nat[i]) i++;
    failures.push(
      `${file}: WASM and native reports differ at byte ${i}:\n  wasm:   ${wasm.slice(i - 60, i + 60)}\n  native: ${nat.slice(i - 60, i + 60)}`,
    );
  }
  const report = JSON.parse(wasm);
  claims += report.claims.length;
  for (const s of spans(report)) {
    if (text.slice(s.start, s.end) !== s.text) {
      failures.push(`${file}: text.slice(${s.start}, ${s.end}) is not ${JSON.stringify(s.text)}`);
    }
  }
}
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log(`native = WASM: ${files.length} corpus files, ${claims} claims, identical JSON`);
