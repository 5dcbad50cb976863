#!/usr/bin/env bash
# `make fuzz`: coverage-guided fuzzing (cargo-fuzz + libFuzzer) of
#   extract  any UTF-8 text through the whole pipeline: no panic, every span slices the text
#   offsets  byte, char and UTF-16 reports agree and convert into one another exactly
#   jsonl    the CLI's JSONL reader on any bytes: lines in order, every byte accounted for
# FUZZ_SECONDS per target (default 60), FUZZ_TARGETS to pick (default all three), FUZZ_JOBS
# parallel fuzzing processes per target (default 1). cargo-fuzz needs nightly `-Z` flags: stable
# accepts them with RUSTC_BOOTSTRAP=1, which this script sets. The seed corpus is the team's own
# articles (tests/corpus) plus fuzz/seeds; new inputs go to fuzz/corpus/<target> (not committed)
# and crashes to fuzz/artifacts/<target>/ (reproduce one: cargo fuzz run -O -a TARGET FILE).
# Each crash gets a regression test in tests/tests/hostile.rs.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$HOME/.cargo/bin:$PATH" RUSTC_BOOTSTRAP=1
SECS=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-extract offsets jsonl}
JOBS=${FUZZ_JOBS:-1}

if ! command -v cargo-fuzz >/dev/null; then
    echo "fuzz: installing cargo-fuzz (about 5 minutes)" >&2
    cargo install cargo-fuzz --version 0.13.2 --locked --quiet
fi

# Seeds: every corpus article as text, and all of them as one JSONL file.
for t in extract offsets; do
    mkdir -p "corpus/$t"
    cp ../tests/corpus/*.txt seeds/extract/* "corpus/$t/"
done
mkdir -p corpus/jsonl
cp seeds/jsonl/* corpus/jsonl/
python3 - ../tests/corpus/*.txt > corpus/jsonl/corpus.jsonl <<'PY'
import json, pathlib, sys
for i, p in enumerate(sys.argv[1:]):
    print(json.dumps({"id": i, "text": pathlib.Path(p).read_text(encoding="utf-8")}, ensure_ascii=False))
PY

parallel=()
if [ "$JOBS" -gt 1 ]; then
    parallel=(-jobs="$JOBS" -workers="$JOBS")
fi
status=0
for t in $TARGETS; do
    echo "fuzz: $t for ${SECS}s" >&2
    cargo fuzz run -O -a "$t" "corpus/$t" -- \
        -max_total_time="$SECS" -max_len=16384 -timeout=20 -rss_limit_mb=4096 \
        -print_final_stats=1 "${parallel[@]}" || status=$?
done
exit $status
