// node tsprojects.mjs PROJECT_DIR TSC
// The declarations in fresh TypeScript projects, as users start them: each case is a directory
// inside PROJECT_DIR (where the packed tarball is installed) with its own package.json "type"
// and a tsconfig.json written by `tsc --init` (the default lib of a fresh project), checked with
// `--strict --skipLibCheck false` so that the package's .d.ts files are checked too:
//   esm          "type": "module",   import init, { Extractor } from "claimscan"
//   cjs          "type": "commonjs", import cs = require("claimscan") (tsc --init's verbatimModuleSyntax)
//   cjs-interop  "type": "commonjs", import init, { Extractor } from "claimscan" (no verbatimModuleSyntax)
//   node-nodom   "type": "module", lib es2022 + @types/node, no DOM
//   bare-es2022  "type": "module", lib es2022 and no types at all (tsc --init writes "types": [])
// Each case is also compiled and run with Node: the same calls work in ESM and CommonJS.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const [project, tsc] = process.argv.slice(2).map((p) => path.resolve(p));
const esm = `import init, { Extractor, initSync, version, defaultOptions } from "claimscan";
import type { Report, Options, Claim } from "claimscan";
await init();
const options: Options = { checkworthyThreshold: 0.6 };
const ex = new Extractor(options);
const report: Report = ex.extract("Police said 40 people were hurt.");
const first: Claim | undefined = report.claims[0];
const name: string | null = first?.source?.text ?? null;
void initSync;
console.log(version(), defaultOptions().positionEncoding, report.claims.length, name);
ex.free();
`;
const cjs = `import cs = require("claimscan");
async function main(): Promise<void> {
  await cs.init();
  await cs.default();
  const ex = new cs.Extractor({ authorClaims: false });
  const report: cs.Report = ex.extract("Police said 40 people were hurt.");
  console.log(cs.version(), report.claims.length, report.claims[0]?.source?.text ?? null);
}
void main();
`;
const interop = `import init, { Extractor, version } from "claimscan";
import type { Report } from "claimscan";
async function main(): Promise<void> {
  await init();
  const report: Report = new Extractor().extract("Police said 40 people were hurt.");
  console.log(version(), report.claims.length, report.claims[0]?.source?.text ?? null);
}
void main();
`;
const cases = [
  { name: "esm", type: "module", code: esm, flags: [] },
  { name: "cjs", type: "commonjs", code: cjs, flags: [] },
  { name: "cjs-interop", type: "commonjs", code: interop, flags: ["--verbatimModuleSyntax", "false", "--esModuleInterop"] },
  { name: "node-nodom", type: "module", code: esm, flags: ["--lib", "es2022", "--types", "node"] },
  { name: "bare-es2022", type: "module", code: esm.replace(/^console\.log.*$/m, "void [version, defaultOptions];"), flags: ["--lib", "es2022"] },
];

const failures = [];
const outputs = new Map();
for (const c of cases) {
  const dir = path.join(project, `ts-${c.name}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: `ts-${c.name}`, private: true, type: c.type }));
  execFileSync(process.execPath, [tsc, "--init"], { cwd: dir, stdio: "ignore" });
  fs.writeFileSync(path.join(dir, "index.ts"), c.code);
  const args = [tsc, "-p", "tsconfig.json", "--strict", "--skipLibCheck", "false", "--pretty", "false",
    "--rootDir", ".", "--outDir", "dist", "--declaration", "false", "--declarationMap", "false", "--sourceMap", "false", ...c.flags];
  try {
    execFileSync(process.execPath, args, { cwd: dir, encoding: "utf8" });
  } catch (e) {
    failures.push(`${c.name}: tsc failed\n${e.stdout}${e.stderr}`);
    continue;
  }
  fs.writeFileSync(path.join(dir, "dist", "package.json"), JSON.stringify({ type: c.type }));
  try {
    outputs.set(c.name, execFileSync(process.execPath, [path.join(dir, "dist", "index.js")], { cwd: dir, encoding: "utf8" }).trim());
  } catch (e) {
    failures.push(`${c.name}: the compiled code failed in Node\n${e.stdout}${e.stderr}`);
  }
}
if (failures.length) {
  console.error(failures.join("\n\n"));
  process.exit(1);
}
console.log(`fresh TypeScript projects ok (tsc --init, --strict, skipLibCheck off): ${[...outputs].map(([k, v]) => `${k} → ${v}`).join("; ")}`);
