#!/usr/bin/env bash
# Articles/s on one archive for the CLI (`extract --input jsonl --jobs 2`), the Python package
# (one process, extract_batch), Spark (examples/spark_claims.py, local[2]) and Ray
# (examples/ray_claims.py, 2 CPUs). The archive is N copies of our own texts
# (tests/python/data/articles.jsonl and tests/corpus/*.txt), each with its own id:
#   scripts/bench-archives.sh [N=20000]
# Spark and Ray times are wall time for read + extract + write Parquet inside a running session
# (session start-up not counted, and printed apart). Needs `make wheel` and scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${1:-20000}
PY=$ROOT/target/venv/bin/python
export PYTHONDONTWRITEBYTECODE=1 RAY_USAGE_STATS_ENABLED=0 SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON=$PY
OUT=$ROOT/target/bench-archives
rm -rf "$OUT" && mkdir -p "$OUT"
"$PY" - "$N" "$OUT/articles.jsonl" <<'PY'
import json, pathlib, sys
n, out = int(sys.argv[1]), sys.argv[2]
texts = [json.loads(l)["text"] for l in open("tests/python/data/articles.jsonl", encoding="utf-8")]
texts += [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path("tests/corpus").glob("*.txt"))]
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        f.write(json.dumps({"id": f"a{i}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
PY
MB=$(du -m "$OUT/articles.jsonl" | cut -f1)
echo "archive: $N articles, ${MB} MB, $(nproc) cores"
cargo build --quiet --release -p claimscan-cli
CLI=${CARGO_TARGET_DIR:-$ROOT/target}/release/claimscan

rate() { "$PY" -c "import sys; print(f'{int(sys.argv[1]) / float(sys.argv[2]):.0f}')" "$N" "$1"; }
secs() { local t0 t1; t0=$(date +%s.%N); "$@" > /dev/null; t1=$(date +%s.%N); "$PY" -c "print(f'{$t1 - $t0:.2f}')"; }

t=$(secs "$CLI" extract --input jsonl --format jsonl --jobs 2 "$OUT/articles.jsonl")
echo "CLI --jobs 2:        ${t} s  $(rate "$t") articles/s"
t=$(secs "$CLI" extract --input jsonl --format jsonl --jobs 1 "$OUT/articles.jsonl")
echo "CLI --jobs 1:        ${t} s  $(rate "$t") articles/s"
"$PY" - "$OUT/articles.jsonl" <<'PY'
import json, sys, time, claimscan
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
ex = claimscan.Extractor()
t = time.perf_counter()
ex.extract_batch([d["text"] for d in docs], [d["id"] for d in docs])
t = time.perf_counter() - t
print(f"Python extract_batch (1 process): {t:.2f} s  {len(docs) / t:.0f} articles/s")
PY
"$PY" - "$OUT" <<'PY'
import sys, time
sys.path.insert(0, "examples")
import spark_claims
out = sys.argv[1]
t = time.perf_counter()
spark = spark_claims.session("local[2]")
spark.sparkContext.setLogLevel("ERROR")
start = time.perf_counter() - t
r = spark_claims.run(spark, f"{out}/articles.jsonl", f"{out}/spark", partitions=2)
spark.stop()
print(f"Spark local[2] mapInArrow: {r['extract_seconds']:.2f} s  {r['articles'] / r['extract_seconds']:.0f} articles/s  ({r['claims']} claims; session start {start:.1f} s)")
PY
"$PY" - "$OUT" <<'PY'
import sys, time
sys.path.insert(0, "examples")
import ray_claims
out = sys.argv[1]
t = time.perf_counter()
ray = ray_claims.start(2)
start = time.perf_counter() - t
r = ray_claims.run(f"{out}/articles.jsonl", f"{out}/ray")
ray.shutdown()
print(f"Ray Data 2 CPUs, 2 actors: {r['extract_seconds']:.2f} s  {r['articles'] / r['extract_seconds']:.0f} articles/s  ({r['claims']} claims; ray.init {start:.1f} s)")
PY
