#!/usr/bin/env bash
# `make bench`: claimscan and its peers on the same generated input, side by side.
#   1. bench/make_inputs.py writes target/bench/news.jsonl (BENCH_MB megabytes, default 2) from
#      the team's own articles in tests/corpus: no dataset text.
#   2. native: the whole pipeline on one thread (tests/benches/throughput.rs);
#      cli-jobs-N: `claimscan extract --input jsonl --jobs N` (N = 1, 2), JSON output to /dev/null,
#      best wall time and least CPU time of 3 interleaved rounds (bench/cli_jobs.py).
#   3. wasm, wink-nlp, compromise: one Node process (bench/node.mjs) with the nodejs build of the
#      module from `make pkg` (BENCH_SKIP_PKG=1 uses target/pkg as it is) and the npm peers of
#      bench/package.json (installed here with `npm ci`).
#   4. pysbd: sentence segmentation only, in a venv under target/bench-venv (installed here).
# Prints MB/s and each ratio to ours and writes bench/results.md (machine and date included).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
TARGET=${CARGO_TARGET_DIR:-target}
mkdir -p "$TARGET/bench"
# Absolute: cargo runs bench binaries from their package's directory.
OUT=$(cd "$TARGET/bench" && pwd)
RESULTS=$OUT/results.jsonl
: > "$RESULTS"
say() { printf 'bench: %s\n' "$*" >&2; }

python3 bench/make_inputs.py --mb "${BENCH_MB:-2}" --out "$OUT/news.jsonl"
BYTES=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1]) if l.strip()))' "$OUT/news.jsonl")
DOCS=$(grep -c . "$OUT/news.jsonl")

say "native pipeline, one thread"
cargo bench --quiet -p claimscan-tests --bench throughput -- "$OUT/news.jsonl" >> "$RESULTS"

say "claimscan extract --input jsonl --jobs N"
cargo build --quiet --release -p claimscan-cli
python3 bench/cli_jobs.py "$TARGET/release/claimscan" "$OUT/news.jsonl" "$DOCS" "$BYTES" >> "$RESULTS"

if [ -z "${BENCH_SKIP_PKG:-}" ]; then
    say "building the npm package (make pkg)"
    scripts/pkg.sh >&2
fi
say "WebAssembly, wink-nlp and compromise in Node"
(cd bench && npm ci --no-audit --no-fund --loglevel=error >&2)
node bench/node.mjs "$OUT/news.jsonl" "$TARGET/pkg" >> "$RESULTS"

say "pySBD"
VENV=$TARGET/bench-venv
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c 'import pysbd' 2>/dev/null || "$VENV/bin/pip" install --quiet "pysbd==0.3.4"
"$VENV/bin/python" bench/pysbd_bench.py "$OUT/news.jsonl" >> "$RESULTS"

# BENCH_NOTE="…" adds a note to the results (e.g. about the machine's load).
python3 bench/report.py "$RESULTS" bench/results.md
