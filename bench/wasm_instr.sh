#!/usr/bin/env bash
# Instructions per pass of the npm module in Node (bench/wasm_passes.cjs under cachegrind, 2 and
# 5 passes over 0.28 MB of the bench input; deterministic with --single-threaded --predictable):
#   bench/wasm_instr.sh [PKG_DIR]     (default target/pkg, from `make pkg`)
# Prints the gzipped size of the module too.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${CARGO_TARGET_DIR:-target}
PKG=${1:-$TARGET/pkg}
mkdir -p "$TARGET/bench"
DOCS=$TARGET/bench/b028.jsonl
[ -f "$DOCS" ] || python3 bench/make_inputs.py --mb 0.28 --out "$DOCS"
count() { # PASSES
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        node --single-threaded --predictable --no-liftoff bench/wasm_passes.cjs "$PKG" "$DOCS" "$1" 2>&1 >/dev/null |
        awk '/I *refs:/ { gsub(/,/, "", $NF); print $NF }'
}
A=$(count 2)
B=$(count 5)
GZ=$(gzip -9c "$PKG/claimscan_bg.wasm" | wc -c)
RAW=$(wc -c < "$PKG/claimscan_bg.wasm")
python3 - "$A" "$B" "$GZ" "$RAW" <<'PY'
import sys
a, b, gz, raw = map(int, sys.argv[1:])
print(f"instructions: 2 passes {a:,}, 5 passes {b:,}; per pass {(b - a) / 3 / 1e9:.4f} G; "
      f"module {raw:,} bytes, {gz:,} gzipped")
PY
