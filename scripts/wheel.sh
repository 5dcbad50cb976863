#!/usr/bin/env bash
# Build the Python wheel into target/wheels/ (`make wheel`): one abi3 wheel for CPython >= 3.9,
# tagged manylinux2014 (glibc 2.17) and linked through zig so that it really is, and installs on
# older cluster machines. Needs the venv of scripts/setup.sh (maturin, ziglang).
#   pip install target/wheels/claimscan-*.whl
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=${VENV:-$ROOT/target/venv}
export PATH="$VENV/bin:$HOME/.cargo/bin:$PATH"
if ! command -v maturin >/dev/null; then
    echo "wheel.sh: no maturin in $VENV; run scripts/setup.sh first" >&2
    exit 1
fi
mkdir -p target/wheels
rm -f target/wheels/claimscan-*.whl
(cd crates/claimscan-py && maturin build --quiet --release --zig --compatibility manylinux2014 --out "$ROOT/target/wheels")
WHEEL=$(ls target/wheels/claimscan-*.whl)
echo "wheel.sh: built $WHEEL ($(wc -c < "$WHEEL") bytes)"
