#!/usr/bin/env bash
# Tests of the npm package built by scripts/pkg.sh (`make test-pkg` builds it first):
#  1. `npm pack` it and install the tarball into a scratch project;
#  2. use it from Node 20, as ESM and as CommonJS (tests/pkg/smoke.mjs, smoke.cjs);
#  3. native and WASM reports on tests/corpus are the same JSON (tests/pkg/native-vs-wasm.mjs);
#  4. the TypeScript declarations match real output (tests/pkg/typecheck.mjs, tsc, lib es2022 only);
#  5. fresh TypeScript projects (`tsc --init`, --strict, skipLibCheck off): ESM, CommonJS (both
#     import styles), Node without DOM, bare ES2022; each compiled and run (tests/pkg/tsprojects.mjs);
#  6. a small app bundled with esbuild (the README's recipe) shows a claim in headless Chromium
#     (tests/pkg/bundle.mjs);
#  7. a plain HTML page importing target/pkg shows a claim in headless Chromium (tests/pkg/browser.mjs).
# Needs node/npm, the npm packages of tests/pkg (scripts/setup.sh runs `npm ci` there) and
# /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TARGET=${CARGO_TARGET_DIR:-target}
PKG=$(cd "$TARGET" && pwd)/pkg

# Always (re)build: cheap when up to date, and the native reports below must come from the same
# sources as the package.
scripts/pkg.sh
[ -d tests/pkg/node_modules/playwright-core ] || (cd tests/pkg && npm ci --no-audit --no-fund)

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/claimscan-pkg.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT

echo "== npm pack + install into $SCRATCH"
TARBALL=$(cd "$PKG" && npm pack --silent --pack-destination "$SCRATCH" | tail -n 1)
echo "packed $TARBALL ($(wc -c < "$SCRATCH/$TARBALL") bytes)"
cp tests/pkg/smoke.mjs tests/pkg/smoke.cjs tests/pkg/native-vs-wasm.mjs tests/pkg/typecheck.mjs "$SCRATCH/"
cd "$SCRATCH"
echo '{ "name": "scratch", "private": true, "type": "module" }' > package.json
npm install --silent --no-audit --no-fund --prefer-offline "./$TARBALL"
# @types/node for the "Node without DOM" TypeScript case (the tests' own pinned copy).
ln -s "$ROOT/tests/pkg/node_modules/@types" "$ROOT/tests/pkg/node_modules/undici-types" node_modules/

echo "== Node ESM and CommonJS"
node smoke.mjs
node smoke.cjs

echo "== native vs WASM on tests/corpus"
(cd "$ROOT" && cargo run --quiet -p claimscan-wasm --example native-reports -- tests/corpus/*.txt) > native.json
node native-vs-wasm.mjs native.json "$ROOT/tests/corpus"

echo "== TypeScript declarations vs output"
node typecheck.mjs "$ROOT/tests/corpus" "$ROOT/tests/pkg/node_modules/typescript/bin/tsc"

echo "== fresh TypeScript projects"
node "$ROOT/tests/pkg/tsprojects.mjs" "$SCRATCH" "$ROOT/tests/pkg/node_modules/typescript/bin/tsc"

echo "== an app bundled with esbuild, in headless Chromium"
node "$ROOT/tests/pkg/bundle.mjs" "$SCRATCH"

echo "== plain HTML page in headless Chromium"
cd "$ROOT"
node tests/pkg/browser.mjs "$PKG"

GZ=$(gzip -9c "$PKG/claimscan_bg.wasm" | wc -c)
echo "test-pkg.sh: all passed; claimscan_bg.wasm is $GZ bytes gzipped"
