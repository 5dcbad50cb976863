#!/usr/bin/env bash
# Serve dist/ on http://127.0.0.1:PORT (default 8080). `make serve` builds it first.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-8080}
if [ ! -f dist/index.html ]; then
    echo "serve: dist/ is not built; run 'make dist' (or 'make serve')" >&2
    exit 1
fi
echo "serve: http://127.0.0.1:$port/ (Ctrl-C to stop)" >&2
# Python's http.server sends .wasm as application/wasm, which streaming compilation needs.
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
