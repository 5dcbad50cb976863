#!/usr/bin/env bash
# Build the npm package into target/pkg/ (`make pkg`):
#   claimscan.js + claimscan.d.ts      ESM for browsers and bundlers (wasm-bindgen --target web)
#   claimscan.node.cjs + .d.cts        CommonJS for Node (wasm-bindgen --target nodejs)
#   claimscan.node.mjs                 ESM for Node: re-exports the CommonJS build, no-op init()
#   claimscan_bg.wasm                  the module, shared by all three (the targets emit the same bytes)
#   package.json, README.md
# The name section is removed (about a quarter of the gzipped size): panics still throw their
# message, but stack traces show wasm-function[N] instead of Rust names.
# Prints the module's size, raw and gzipped. Needs cargo, wasm-bindgen (= the crate version), node.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=${CARGO_TARGET_DIR:-target}
PROFILE=wasm-release
WASM=$TARGET/wasm32-unknown-unknown/$PROFILE/claimscan_wasm.wasm
OUT=$TARGET/pkg
TMP=$TARGET/pkg-build

cargo build -p claimscan-wasm --target wasm32-unknown-unknown --profile "$PROFILE"

rm -rf "$TMP" "$OUT"
mkdir -p "$TMP" "$OUT"
BINDGEN_FLAGS=(--remove-name-section --remove-producers-section)
wasm-bindgen "${BINDGEN_FLAGS[@]}" --target web --out-dir "$TMP/web" --out-name claimscan "$WASM"
wasm-bindgen "${BINDGEN_FLAGS[@]}" --target nodejs --out-dir "$TMP/node" --out-name claimscan "$WASM"
if ! cmp -s "$TMP/web/claimscan_bg.wasm" "$TMP/node/claimscan_bg.wasm"; then
    echo "pkg.sh: the web and nodejs targets emitted different .wasm files; the package assumes one" >&2
    exit 1
fi

cp "$TMP/web/claimscan.js" "$TMP/web/claimscan.d.ts" "$TMP/web/claimscan_bg.wasm" \
    "$TMP/web/claimscan_bg.wasm.d.ts" "$OUT/"
sed 's#@ts-self-types="./claimscan.d.ts"#@ts-self-types="./claimscan.node.d.cts"#' \
    "$TMP/node/claimscan.js" > "$OUT/claimscan.node.cjs"
cp "$TMP/node/claimscan.d.ts" "$OUT/claimscan.node.d.cts"
cat > "$OUT/claimscan.node.mjs" <<'JS'
// Node ESM entry: the CommonJS build instantiates the module synchronously when loaded, so
// init() and initSync() are here only to keep the browser API; they do nothing.
import cjs from "./claimscan.node.cjs";

export const { Extractor, version, defaultOptions } = cjs;

/** Nothing to do on Node: the module is ready once imported. */
export function initSync() {
    return undefined;
}

/** Nothing to do on Node: the module is ready once imported. */
export default async function init() {
    return undefined;
}
JS
cp crates/claimscan-wasm/README.md "$OUT/README.md"

VERSION=$(cargo metadata --no-deps --format-version 1 |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const m=JSON.parse(s);process.stdout.write(m.packages.find(p=>p.name==="claimscan-wasm").version)})')
VERSION="$VERSION" node - "$OUT/package.json" <<'JS'
const fs = require("fs");
const pkg = {
  name: "claimscan",
  version: process.env.VERSION,
  description: "Claim extraction for news text: sources, cues, quotations, hedges, check-worthiness. WebAssembly for browsers and Node.",
  license: "MIT OR Apache-2.0",
  type: "module",
  main: "./claimscan.node.cjs",
  module: "./claimscan.js",
  types: "./claimscan.d.ts",
  exports: {
    ".": {
      node: {
        import: { types: "./claimscan.d.ts", default: "./claimscan.node.mjs" },
        require: { types: "./claimscan.node.d.cts", default: "./claimscan.node.cjs" },
      },
      types: "./claimscan.d.ts",
      default: "./claimscan.js",
    },
    "./claimscan_bg.wasm": "./claimscan_bg.wasm",
    "./package.json": "./package.json",
  },
  files: [
    "claimscan.js",
    "claimscan.d.ts",
    "claimscan_bg.wasm",
    "claimscan_bg.wasm.d.ts",
    "claimscan.node.cjs",
    "claimscan.node.d.cts",
    "claimscan.node.mjs",
    "README.md",
  ],
  sideEffects: false,
  engines: { node: ">=20" },
  keywords: ["claims", "fact-checking", "nlp", "news", "quotations", "wasm"],
};
fs.writeFileSync(process.argv[2], JSON.stringify(pkg, null, 2) + "\n");
JS

RAW=$(wc -c < "$OUT/claimscan_bg.wasm")
GZ=$(gzip -9c "$OUT/claimscan_bg.wasm" | wc -c)
echo "pkg.sh: built $OUT (claimscan $VERSION)"
echo "pkg.sh: claimscan_bg.wasm is $RAW bytes, $GZ bytes gzipped (limit 256000)"
if [ "$GZ" -gt 256000 ]; then
    echo "pkg.sh: the module is over the 250 KB gzipped budget" >&2
    exit 1
fi
