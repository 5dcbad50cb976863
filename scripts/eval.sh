#!/usr/bin/env bash
# Run `claimscan eval` on every dev set in DATA (default ../shared/data).
#
#   scripts/eval.sh [DATA]           measure, write eval/results.md          (make eval)
#   scripts/eval.sh --check [DATA]   measure, fail if a metric is more than 0.01 below its floor
#                                    in eval/floors.json; results.md is left alone   (make eval-check)
#   scripts/eval.sh --peers [DATA]   also run eval/peers/pysbd_eval.py (needs `pip install pysbd`)
#                                    and store its numbers in eval/peers/pysbd_results.json
#   scripts/eval.sh --update-floors [DATA]   measure, set every floor in eval/floors.json to the
#                                    value measured now (raise floors when quality improves)
#
# The labelled data is not part of the repository: when DATA is missing this says so and exits 0.
# Errors (misses and false alarms with context) go to target/eval-errors/<set>.jsonl.
set -euo pipefail

check=0
peers=0
update=0
data=""
for arg in "$@"; do
    case "$arg" in
        --check) check=1 ;;
        --peers) peers=1 ;;
        --update-floors) update=1 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        -*) echo "eval.sh: unknown option $arg" >&2; exit 2 ;;
        *) data="$arg" ;;
    esac
done
data="${data:-../shared/data}"
root="$(cd "$(dirname "$0")/.." && pwd)"

# Resolve DATA relative to where we were called from, then work from the repository root.
if [[ ! -d "$data" ]]; then
    echo "eval: no evaluation data at '$data' (the labelled sets live outside the repository," \
         "see ../shared/data/README.md); skipping the evaluation." >&2
    exit 0
fi
data="$(cd "$data" && pwd)"
cd "$root"

echo "eval: building the release CLI" >&2
cargo build --release --quiet -p claimscan-cli
target_dir="$(cargo metadata --format-version 1 --no-deps \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
bin="$target_dir/release/claimscan"

if [[ $peers -eq 1 ]]; then
    echo "eval: running pySBD (eval/peers/pysbd_eval.py)" >&2
    python3 eval/peers/pysbd_eval.py "$data" --json > "$target_dir/pysbd_results.json.tmp"
    if [[ -s "$target_dir/pysbd_results.json.tmp" ]]; then
        python3 -m json.tool "$target_dir/pysbd_results.json.tmp" > eval/peers/pysbd_results.json
    fi
    rm -f "$target_dir/pysbd_results.json.tmp"
fi

exec python3 - "$bin" "$data" "$check" "$target_dir/eval-errors" "$update" <<'PY'
import datetime, json, os, subprocess, sys

bin_, data, check, errdir = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4]
update = sys.argv[5] == "1"
os.makedirs(errdir, exist_ok=True)

# (name, task, file, extra arguments)
RUNS = [
    ("polnear_dev", "attribution", "attribution/polnear_dev.jsonl", []),
    ("gum_news", "attribution", "attribution/gum_news.jsonl", []),
    ("claimbuster_groundtruth", "checkworthiness", "checkworthiness/claimbuster.jsonl", ["--split", "groundtruth"]),
    ("clef2019_train", "checkworthiness", "checkworthiness/clef2019_train.jsonl", []),
    ("szeged_wiki_train", "hedging", "hedging/szeged_wiki_train.jsonl", []),
    ("szeged_wiki_train_conll", "hedging", "hedging/szeged_wiki_train.jsonl", ["--label", "conll2010_uncertain"]),
    ("pysbd_golden", "segmentation", "segmentation/pysbd_golden.jsonl", ["--filter", "suite=benchmark_golden_en"]),
    ("pragmatic_golden", "segmentation", "segmentation/pragmatic_golden.jsonl", ["--filter", "golden_rule=true"]),
    ("ud_gum_dev", "segmentation", "segmentation/ud_gum_dev.jsonl", []),
    ("ud_ewt_dev", "segmentation", "segmentation/ud_ewt_dev.jsonl", []),
]

results = {}
panicked = {}
for name, task, rel, extra in RUNS:
    path = os.path.join(data, rel)
    if not os.path.exists(path):
        print(f"eval: {rel} is missing from {data}; skipped", file=sys.stderr)
        continue
    cmd = [bin_, "eval", task, path, "--json", "--errors", os.path.join(errdir, name + ".jsonl")] + extra
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in (0, 3):
        sys.stderr.write(p.stderr)
        sys.exit(f"eval: `{' '.join(cmd)}` failed with exit code {p.returncode}")
    if p.returncode == 3:  # finished, but the extractor panicked on some documents
        # Only the count goes into results.md: a panic message may quote the (licensed) data.
        n = sum(1 for l in open(os.path.join(errdir, name + ".jsonl")) if '"kind":"panic"' in l)
        panicked[name] = f"the extractor panicked on {n} document(s); see {os.path.relpath(errdir)}/{name}.jsonl"
        print(f"eval: {name}: {panicked[name]}", file=sys.stderr)
    timing = {}
    for line in p.stderr.splitlines():
        if line.startswith("timing:"):
            timing = dict(kv.split("=", 1) for kv in line.split()[1:])
    results[name] = {"task": task, "metrics": json.loads(p.stdout), "timing": timing}
    print(f"eval: {name}: done", file=sys.stderr)

def get(m, path):
    for k in path.split("/"):
        if not isinstance(m, dict) or k not in m:
            return None
        m = m[k]
    return m

def speed(t):
    if not t:
        return "-"
    secs = max(float(t["seconds"]), 1e-9)
    return f"{int(t['docs']) / secs:,.0f} docs/s, {int(t['bytes']) / 1e6 / secs:.1f} MB/s"

f4 = lambda x: "-" if x is None else f"{x:.4f}"

def tables():
    out = []
    att = [(n, r) for n, r in results.items() if r["task"] == "attribution"]
    if att:
        out += ["## Attribution", "",
                "| data set | docs | cov>0.3 P | R | F1 | speaker acc | speaker acc (named) | cue acc | cov>0.8 F1 | Jaccard≥0.5 F1 | sources F1 | cues exact F1 | speed |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for n, r in att:
            m = r["metrics"]
            out.append("| " + " | ".join([n, str(m["docs"])] + [f4(get(m, k)) for k in [
                "cov0.3/P", "cov0.3/R", "cov0.3/F1", "cov0.3/speaker_acc", "cov0.3/speaker_named_acc",
                "cov0.3/cue_acc", "cov0.8/F1", "jaccard0.5/F1", "sources/F1", "cues_exact/F1"]] + [speed(r["timing"])]) + " |")
        out.append("")
    cw = [(n, r) for n, r in results.items() if r["task"] == "checkworthiness"]
    if cw:
        out += ["## Check-worthiness", "",
                "| data set | n | positives | P | R | F1 | AUC | MAP | speed |", "|---|---|---|---|---|---|---|---|---|"]
        for n, r in cw:
            m = r["metrics"]
            out.append("| " + " | ".join([n, str(m["n"]), str(m["positives"])] +
                       [f4(get(m, k)) for k in ["P", "R", "F1", "AUC", "MAP"]] + [speed(r["timing"])]) + " |")
        out.append("")
    hd = [(n, r) for n, r in results.items() if r["task"] == "hedging"]
    if hd:
        out += ["## Hedging", "",
                "| data set | sentences | sentence P | R | F1 | cues P | R | F1 | speed |", "|---|---|---|---|---|---|---|---|---|"]
        for n, r in hd:
            m = r["metrics"]
            out.append("| " + " | ".join([n, str(m["docs"])] + [f4(get(m, k)) for k in [
                "sentence/P", "sentence/R", "sentence/F1", "cues_overlap/P", "cues_overlap/R", "cues_overlap/F1"]] +
                [speed(r["timing"])]) + " |")
        out.append("")
    sg = [(n, r) for n, r in results.items() if r["task"] == "segmentation"]
    if sg:
        out += ["## Segmentation", "",
                "| data set | docs | exact | pass rate | boundary P | R | F1 | speed |", "|---|---|---|---|---|---|---|---|"]
        for n, r in sg:
            m = r["metrics"]
            out.append("| " + " | ".join([n, str(m["docs"]), f"{m['exact']}/{m['cases']}", f4(m["pass_rate"])] +
                       [f4(get(m, k)) for k in ["boundary/P", "boundary/R", "boundary/F1"]] + [speed(r["timing"])]) + " |")
        out.append("")
    return out

def peers_section():
    path = "eval/peers/pysbd_results.json"
    if not os.path.exists(path):
        return []
    pr = json.load(open(path))
    out = ["## Peers", "",
           f"{pr['peer']}, measured by `scripts/eval.sh --peers` (`eval/peers/pysbd_eval.py`, same metric"
           " definitions); MB/s is one call on the GUM dev + EWT dev texts joined by newlines, best of 3.", "",
           "| data set | exact | pass rate | boundary P | R | F1 |", "|---|---|---|---|---|---|"]
    for n, s in pr["sets"].items():
        b = s["boundary"]
        out.append(f"| {n} | {s['exact']}/{s['cases']} | {f4(s['pass_rate'])} | {f4(b['P'])} | {f4(b['R'])} | {f4(b['F1'])} |")
    t = pr["throughput"]
    out += ["", f"pySBD throughput: {t['mb']} MB in {t['seconds']} s = **{t['mb_per_sec']} MB/s**.",
            "claimscan's segmenter alone (criterion, `cargo bench -p claimscan --bench segment`, news text"
            " of our own writing repeated to 1 MB): about **290 MB/s** on the same machine; the speed"
            " column of the tables above is the whole pipeline, every stage included.", ""]
    return out

# The metrics that have floors, per task (paths into the `--json` object).
FLOOR_KEYS = {
    "attribution": ["cov0.3/F1", "cov0.3/speaker_acc", "cov0.3/speaker_named_acc", "cov0.3/cue_acc", "cov0.8/F1",
                    "jaccard0.5/F1", "sources/F1", "cues_exact/F1"],
    "checkworthiness": ["F1", "AUC", "MAP"],
    "hedging": ["sentence/F1", "cues_overlap/F1"],
    "segmentation": ["pass_rate", "boundary/F1"],
}

if update:
    floors = {"_comment": "Floors for `make eval-check` (scripts/eval.sh --check): it fails when a metric "
              "is more than 0.01 below its floor. Set to measured values by `scripts/eval.sh --update-floors`; "
              "raise them as quality improves, never lower them to hide a regression."}
    for name, r in results.items():
        floors[name] = {k: get(r["metrics"], k) for k in FLOOR_KEYS[r["task"]] if get(r["metrics"], k) is not None}
    with open("eval/floors.json", "w") as fh:
        json.dump(floors, fh, indent=2)
        fh.write("\n")
    print("eval: wrote eval/floors.json", file=sys.stderr)

if check:
    floors = json.load(open("eval/floors.json"))
    bad = []
    for name, metrics in floors.items():
        if name.startswith("_"):
            continue
        for key, floor in metrics.items():
            got = get(results.get(name, {}).get("metrics"), key)
            if got is None:
                bad.append(f"{name} {key}: not measured (floor {floor:.4f})")
            elif got < floor - 0.01:
                bad.append(f"{name} {key}: {got:.4f} < floor {floor:.4f} - 0.01")
    bad += [f"{n}: {m}" for n, m in panicked.items()]
    print("\n".join(tables()))
    if bad:
        print("eval: REGRESSIONS below eval/floors.json:\n  " + "\n  ".join(bad), file=sys.stderr)
        sys.exit(1)
    print("eval: every metric is at or above its floor (tolerance 0.01)", file=sys.stderr)
    sys.exit(0)

commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip() or "unknown"
dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True).stdout.strip()
date = datetime.date.today().isoformat()
lines = ["# claimscan evaluation results", "",
         f"Run on {date} at commit `{commit}`{' (with uncommitted changes)' if dirty else ''} by `make eval`"
         " (`scripts/eval.sh`), on the dev data in `../shared/data`. Metric definitions:"
         " `crates/claimscan-eval/src/metrics.rs`; floors checked by `make eval-check`: `eval/floors.json`."
         " Speed is single-threaded time inside `Extractor::extract` only.", ""]
if panicked:
    lines += ["**Panics** (documents counted as predicting nothing):", ""] + \
             [f"- {n}: {m}" for n, m in panicked.items()] + [""]
lines += tables() + peers_section()
with open("eval/results.md", "w") as fh:
    fh.write("\n".join(lines).rstrip() + "\n")
print("\n".join(tables()))
print(f"eval: wrote eval/results.md; errors in {errdir}/", file=sys.stderr)
PY
