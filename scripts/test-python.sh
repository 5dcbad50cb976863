#!/usr/bin/env bash
# The Python package and the archive examples (`make test-python`): builds the wheel
# (scripts/wheel.sh) and the CLI, installs the wheel into target/venv, then runs tests/python
# with pytest, each file under its own `timeout` (and, first, imports the same wheel on CPython
# 3.9 and 3.13 when pyenv has them):
#   test_api.py    the API, option errors, bad input, emoji offsets, 1 MB, GIL release,
#                  CLI = Python reports on our texts
#   test_spark.py  examples/spark_claims.py in a local[2] session
#   test_ray.py    examples/ray_claims.py on a local Ray with 2 CPUs
# Needs scripts/setup.sh (the venv, Java 17).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${VENV:-$ROOT/target/venv}/bin/python
export PYTHONDONTWRITEBYTECODE=1 RAY_USAGE_STATS_ENABLED=0 SPARK_LOCAL_IP=127.0.0.1
export PYSPARK_PYTHON=$PY

scripts/wheel.sh
"$PY" -m pip install --quiet --force-reinstall --no-deps --no-index target/wheels/claimscan-*.whl
# Debug is enough for CLI = Python on 17 short texts, and reuses `make test-native`'s build.
cargo build --quiet -p claimscan-cli
export CLAIMSCAN_CLI=${CARGO_TARGET_DIR:-$ROOT/target}/debug/claimscan

# The one abi3 wheel on the oldest and newest CPython found here (pyenv's, when present).
for py in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.9*/bin/python "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.13*/bin/python; do
    [ -x "$py" ] || continue
    v=$(mktemp -d "${TMPDIR:-/tmp}/claimscan-abi3.XXXXXX")
    "$py" -m venv "$v" && "$v/bin/python" -m pip install --quiet --no-index target/wheels/claimscan-*.whl
    "$v/bin/python" - <<'PY'
import sys, claimscan
t = "Officials in 東京 said 3 people 🙂 were hurt."
r = claimscan.Extractor().extract(t)
assert r["claims"] and all(t[c["start"]:c["end"]] == c["text"] for c in r["claims"])
print(f"abi3 wheel ok on Python {sys.version.split()[0]}")
PY
    rm -rf "$v"
done

run() {
    local limit=$1 file=$2
    echo "== pytest $file (timeout ${limit}s)"
    timeout --kill-after=10 "$limit" "$PY" -m pytest -q -p no:cacheprovider "tests/python/$file"
}
run 300 test_api.py
run 900 test_spark.py
run 900 test_ray.py
