#!/usr/bin/env python3
"""pySBD on the segmentation sets, with the metrics of `claimscan eval segmentation`.

Usage: python3 eval/peers/pysbd_eval.py [DATA_DIR] [--json]   (DATA_DIR defaults to ../shared/data)
Needs `pip install pysbd`. Prints one line per set and the throughput of one call on the GUM dev +
EWT dev texts joined by newlines (best of 3), as in ../shared/PEERS.md.

Metrics (same definitions as crates/claimscan-eval):
- exact: on the cases whose gold sentences occur in the input in order (others are skipped), the
  predicted sentences, stripped and without empties, equal the gold ones, stripped.
- boundary P/R/F1 with whitespace ignored: a boundary is the number of non-whitespace characters
  before a sentence end, leaving out 0 and the text's total; computed on the cases whose gold
  sentences hold exactly the input's non-whitespace characters.
"""
import json
import os
import sys
import time

SETS = [
    ("pysbd_golden (benchmark_golden_en)", "pysbd_golden.jsonl", "suite", "benchmark_golden_en"),
    ("pragmatic_golden (golden_rule)", "pragmatic_golden.jsonl", "golden_rule", True),
    ("ud_gum_dev", "ud_gum_dev.jsonl", None, None),
    ("ud_ewt_dev", "ud_ewt_dev.jsonl", None, None),
]


def nonws(s):
    return sum(1 for c in s if not c.isspace())


def strip_ws(s):
    return "".join(c for c in s if not c.isspace())


def substrings_in_order(text, sentences):
    pos = 0
    for s in sentences:
        i = text.find(s, pos)
        if i < 0:
            return False
        pos = i + len(s)
    return True


def gold_boundaries(sentences):
    out, n = [], 0
    for s in sentences:
        n += nonws(s)
        out.append(n)
    out = out[:-1]
    return sorted(set(out))


def pred_boundaries(text, spans):
    prefix = [0]
    for c in text:
        prefix.append(prefix[-1] + (0 if c.isspace() else 1))
    total = prefix[-1]
    return sorted({b for b in (prefix[min(e, len(text))] for _, e in spans) if 0 < b < total})


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    as_json = "--json" in sys.argv
    data = os.path.join(args[0] if args else "../shared/data", "segmentation")
    if not os.path.isdir(data):
        print(f"pysbd_eval: no data at {data}; skipped", file=sys.stderr)
        return 0
    try:
        import pysbd
    except ImportError:
        print("pysbd_eval: pysbd is not installed (pip install pysbd); skipped", file=sys.stderr)
        return 0
    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    results = {"peer": f"pysbd {getattr(pysbd, '__version__', '?')}", "sets": {}}
    for name, fname, key, value in SETS:
        exact = cases = tp = fp = fn = docs = 0
        t0 = time.perf_counter()
        with open(os.path.join(data, fname), encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                r = json.loads(line)
                if key is not None and r.get(key) != value:
                    continue
                docs += 1
                text, gold = r["text"], r["sentences"]
                spans = [(s.start, s.end) for s in seg.segment(text)]
                pred = [text[s:e].strip() for s, e in spans]
                pred = [p for p in pred if p]
                if substrings_in_order(text, gold):
                    cases += 1
                    exact += pred == [g.strip() for g in gold if g.strip()]
                if strip_ws("".join(gold)) == strip_ws(text):
                    gb, pb = set(gold_boundaries(gold)), set(pred_boundaries(text, spans))
                    tp += len(gb & pb)
                    fp += len(pb - gb)
                    fn += len(gb - pb)
        p, r_, f = prf(tp, fp, fn)
        secs = time.perf_counter() - t0
        results["sets"][name] = {
            "exact": exact, "cases": cases, "pass_rate": round(exact / cases, 4) if cases else 0.0,
            "boundary": {"P": p, "R": r_, "F1": f}, "docs": docs, "seconds": round(secs, 3),
        }
    # Throughput as in PEERS.md: one call on GUM dev + EWT dev joined by newlines, best of 3.
    texts = []
    for fname in ("ud_gum_dev.jsonl", "ud_ewt_dev.jsonl"):
        with open(os.path.join(data, fname), encoding="utf-8") as fh:
            texts += [json.loads(l)["text"] for l in fh if l.strip()]
    blob = "\n".join(texts)
    mb = len(blob.encode("utf-8")) / 1e6
    best = min(_timed(lambda: seg.segment(blob)) for _ in range(3))
    results["throughput"] = {"mb": round(mb, 3), "seconds": round(best, 3), "mb_per_sec": round(mb / best, 3)}
    if as_json:
        print(json.dumps(results))
    else:
        print(f"{results['peer']}")
        for name, s in results["sets"].items():
            b = s["boundary"]
            print(f"  {name:36} exact {s['exact']}/{s['cases']}  boundary P {b['P']:.4f} R {b['R']:.4f} F1 {b['F1']:.4f}")
        t = results["throughput"]
        print(f"  throughput: {t['mb']} MB in {t['seconds']} s = {t['mb_per_sec']} MB/s")
    return 0


def _timed(f):
    t0 = time.perf_counter()
    f()
    return time.perf_counter() - t0


if __name__ == "__main__":
    sys.exit(main())
