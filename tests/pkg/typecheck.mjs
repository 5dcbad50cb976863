// node typecheck.mjs CORPUS_DIR TSC
// The .d.ts must describe what the module returns. Writes real reports and options as typed
// literals (tsc's excess-property check catches extra fields, the type catches missing ones,
// wrong nulls and unknown enum strings) plus API usage in ESM and CommonJS, and type-checks them
// against the installed package with `tsc --strict`. drift.ts holds reports with one extra and
// one missing field: tsc must reject exactly those, which proves the check can fail.
import { Extractor, defaultOptions } from "claimscan";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const [corpusDir, tsc] = process.argv.slice(2);
const ex = new Extractor();
const reports = fs
  .readdirSync(corpusDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ex.extract(fs.readFileSync(path.join(corpusDir, f), "utf8")));
reports.push(ex.extract(""));
const utf8 = new Extractor({ positionEncoding: "utf8" }).extract("Officials said 3 people 🙂 were hurt.");
const codepoint = new Extractor({ positionEncoding: "codepoint" }).extract("They said it would rain.");
const j = (v) => JSON.stringify(v, null, 1);

fs.writeFileSync(
  "sample.ts",
  `import init, { Extractor, version, defaultOptions } from "claimscan";
import type { Report, Options, Claim, PositionEncoding } from "claimscan";
export const reports: Report[] = ${j([...reports, utf8, codepoint])};
export const defaults: Required<Options> = ${j(defaultOptions())};
export const used: Required<Options> = ${j(new Extractor({ minClaimWords: 4 }).options())};
export async function use(text: string): Promise<string[]> {
  await init();
  const encoding: PositionEncoding = "utf16";
  const ex = new Extractor({ positionEncoding: encoding, checkworthyThreshold: 0.7 });
  const report: Report = ex.extract(text);
  const first: Claim | undefined = report.claims[0];
  const who: string | null = first?.source?.name ?? null;
  ex.free();
  return [version(), defaultOptions().positionEncoding, who ?? "", ...report.claims.map((c) => c.text)];
}
`,
);
fs.writeFileSync(
  "usage.cts",
  `import cs = require("claimscan");
const ex = new cs.Extractor({ authorClaims: false });
export const report: cs.Report = ex.extract("Police said 40 people were hurt.");
export const v: string = cs.version();
`,
);
const claim = reports.find((r) => r.claims.length)?.claims[0];
if (!claim) throw new Error("no claim in the corpus to build drift.ts from");
const { reasons, ...missing } = claim;
fs.writeFileSync(
  "drift.ts",
  `import type { Claim } from "claimscan";
export const extra: Claim = ${j({ ...claim, addedField: 1 })};
export const missing: Claim = ${j(missing)};
`,
);
fs.writeFileSync(
  "tsconfig.json",
  j({
    compilerOptions: {
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      module: "node16",
      moduleResolution: "node16",
      target: "es2022",
      // No DOM and no esnext.disposable: the declarations use ES types only.
      lib: ["es2022"],
      skipLibCheck: false,
      types: [],
    },
    files: ["sample.ts", "usage.cts", "drift.ts"],
  }),
);

let out = "";
try {
  out = execFileSync(process.execPath, [tsc, "-p", "tsconfig.json", "--pretty", "false"], { encoding: "utf8" });
} catch (e) {
  out = `${e.stdout}${e.stderr}`;
}
const errors = out.split("\n").filter((l) => /error TS\d+/.test(l));
const unexpected = errors.filter((l) => !l.startsWith("drift.ts"));
const extraCaught = errors.some((l) => l.startsWith("drift.ts") && l.includes("addedField"));
const missingCaught = errors.some((l) => l.startsWith("drift.ts") && l.includes("reasons"));
if (unexpected.length || !extraCaught || !missingCaught) {
  console.error(out);
  console.error(
    unexpected.length
      ? "the TypeScript declarations and the module's output have drifted apart (errors above)"
      : "tsc did not reject drift.ts: the type check cannot catch drift",
  );
  process.exit(1);
}
console.log(
  `types ok: ${reports.length + 2} reports (${reports.reduce((n, r) => n + r.claims.length, 0)} claims) match the .d.ts; drift.ts rejected as it should be`,
);
