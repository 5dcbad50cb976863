#!/usr/bin/env bash
# wasm-bindgen tests of crates/claimscan-wasm (tests/api.rs, tests/panic.rs), first in Node, then
# in headless Chromium through chromedriver. Needs wasm-bindgen-test-runner (= the wasm-bindgen
# crate version), node, /usr/bin/chromium and /usr/bin/chromedriver (scripts/setup.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
# --release: the 1 MB test takes minutes unoptimised.
run() { cargo test --release --target wasm32-unknown-unknown -p claimscan-wasm --tests "$@"; }

echo "== wasm-bindgen tests in Node"
run

echo "== wasm-bindgen tests in headless Chromium"
CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver || echo /usr/bin/chromedriver)}
WASM_BINDGEN_USE_BROWSER=1 \
    CHROMEDRIVER="$CHROMEDRIVER" \
    WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/crates/claimscan-wasm/webdriver.json" \
    WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-120} \
    run
