#!/usr/bin/env bash
# Run the page's browser tests (tests/browser) in headless Debian Chromium against dist/.
# Assumes `make dist` ran (`make test-browser` does that) and scripts/setup.sh installed the npm
# packages. Screenshots (light, dark, phone) go to target/screenshots (SCREENSHOT_DIR to change).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f dist/index.html ] || [ ! -f dist/claimscan_web_bg.wasm ] || [ ! -f dist/worker.js ]; then
    echo "test-browser: dist/ is not built; run 'make dist'" >&2
    exit 1
fi
if [ ! -d tests/browser/node_modules/playwright-core ]; then
    echo "test-browser: tests/browser has no node_modules; run scripts/setup.sh" >&2
    exit 1
fi
export SCREENSHOT_DIR=${SCREENSHOT_DIR:-$PWD/target/screenshots}
cd tests/browser
exec node --test --test-concurrency=1 ./*.test.mjs
