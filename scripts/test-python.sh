#!/usr/bin/env bash
# The Python package and the archive examples (`make test-python`): builds the wheel
# (scripts/wheel.sh) and the CLI, installs the wheel into target/venv, then runs tests/python
# with pytest, each file under its own `timeout`:
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

run() {
    local limit=$1 file=$2
    echo "== pytest $file (timeout ${limit}s)"
    timeout --kill-after=10 "$limit" "$PY" -m pytest -q -p no:cacheprovider "tests/python/$file"
}
run 300 test_api.py
run 900 test_spark.py
run 900 test_ray.py
