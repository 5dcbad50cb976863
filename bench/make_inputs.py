"""Writes the bench input: JSONL documents ({"id","text"}) of about --mb megabytes, each one to
three of the team's own articles (tests/corpus/*.txt) in a seeded random order. No dataset text:
the same input is rebuilt from the repository on every machine."""

import argparse
import json
import pathlib
import random

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/corpus").glob("*.txt"))]
    rng = random.Random(20)
    target = int(args.mb * 1_000_000)
    size = 0
    with open(args.out, "w", encoding="utf-8") as f:
        n = 0
        while size < target:
            text = "\n\n".join(rng.choice(texts) for _ in range(rng.randint(1, 3)))
            f.write(json.dumps({"id": n, "text": text}, ensure_ascii=False) + "\n")
            size += len(text.encode("utf-8"))
            n += 1


if __name__ == "__main__":
    main()
