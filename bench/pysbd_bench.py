"""pySBD (sentence segmentation only) over the bench documents, for `make bench`: prints one JSON
line {name, what, docs, bytes, seconds, mb_s}. pySBD does about 0.1 MB/s, so only the first
--max-bytes of documents are used (the rate is per byte, so it compares)."""

import argparse
import json
import time

import pysbd


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("docs")
    ap.add_argument("--max-bytes", type=int, default=300_000)
    args = ap.parse_args()
    docs, size = [], 0
    with open(args.docs, encoding="utf-8") as f:
        for line in f:
            if line.strip() and size < args.max_bytes:
                text = json.loads(line)["text"]
                docs.append(text)
                size += len(text.encode("utf-8"))
    seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
    seg.segment(docs[0])
    t = time.perf_counter()
    n = sum(len(seg.segment(d)) for d in docs)
    secs = time.perf_counter() - t
    print(json.dumps({"name": "pysbd", "what": f"pySBD {pysbd.__version__}: sentences only ({n})",
                      "docs": len(docs), "bytes": size, "seconds": secs, "mb_s": size / 1e6 / secs}))


if __name__ == "__main__":
    main()
