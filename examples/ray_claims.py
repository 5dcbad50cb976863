"""Every claim in an archive of news articles, with Ray Data.

    python examples/ray_claims.py ARTICLES OUT [--cpus 2]
    python examples/ray_claims.py tests/python/data/articles.jsonl target/ray-out

ARTICLES is JSONL (one {"id", "text"} object per line) or Parquet with `id` and `text` columns
(chosen by the `.parquet` suffix or --format). Writes

    OUT/claims/   Parquet, one row per claim (CLAIM_SCHEMA)
    OUT/sources/  Parquet, one row per source: claims, check-worthy claims, mean score

and prints the busiest sources. Extraction runs in `map_batches(batch_format="pyarrow")` over a
pool of actors (`ClaimExtractor`), each holding one `claimscan.Extractor`. Each actor asks for
less than one CPU (`num_cpus=0.5` by default) so that the read and write tasks still get a CPU:
actors that take every CPU of a two-core machine leave nothing for the rest and the job hangs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import pyarrow as pa
import pyarrow.parquet as pq

# One row per claim (the same columns as examples/spark_claims.py). `source` is the key of the
# per-source summary: the resolved name, else the source's words, else "(author)".
CLAIM_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("claim_id", pa.string()),
        ("attribution", pa.string()),
        ("source", pa.string()),
        ("source_text", pa.string()),
        ("source_name", pa.string()),
        ("source_role", pa.string()),
        ("source_kind", pa.string()),
        ("cue", pa.string()),
        ("cue_lemma", pa.string()),
        ("text", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("hedges", pa.list_(pa.string())),
        ("future", pa.bool_()),
        ("negated", pa.bool_()),
        ("checkworthiness", pa.float64()),
        ("checkworthy", pa.bool_()),
        ("category", pa.string()),
        ("statement", pa.string()),
    ]
)


class ClaimExtractor:
    """A Ray actor: builds one extractor, then turns article batches into claim batches."""

    def __init__(self):
        import claimscan

        self.ex = claimscan.Extractor()

    def __call__(self, batch: pa.Table) -> pa.Table:
        ids = [None if i is None else str(i) for i in batch.column("id").to_pylist()]
        texts = [t or "" for t in batch.column("text").to_pylist()]
        cols = {name: [] for name in CLAIM_SCHEMA.names}
        for report in self.ex.extract_batch(texts, ids):
            for c in report["claims"]:
                s, cue = c["source"] or {}, c["cue"] or {}
                row = {
                    "doc_id": report["id"],
                    "claim_id": c["id"],
                    "attribution": c["attribution"],
                    "source": s.get("name") or s.get("text") or "(author)",
                    "source_text": s.get("text"),
                    "source_name": s.get("name"),
                    "source_role": s.get("role"),
                    "source_kind": s.get("kind"),
                    "cue": cue.get("text"),
                    "cue_lemma": cue.get("lemma"),
                    "text": c["text"],
                    "start": c["start"],
                    "end": c["end"],
                    "hedges": [h["text"] for h in c["hedges"]],
                    "future": c["future"],
                    "negated": c["negated"],
                    "checkworthiness": c["checkworthiness"],
                    "checkworthy": c["checkworthy"],
                    "category": c["category"],
                    "statement": c["statement"],
                }
                for k, v in row.items():
                    cols[k].append(v)
        return pa.Table.from_pydict(cols, schema=CLAIM_SCHEMA)


def start(cpus: int = 2):
    """A local Ray as the tests use it: no dashboard, no usage stats, quiet."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    import ray

    if not ray.is_initialized():
        ray.init(
            num_cpus=cpus,
            include_dashboard=False,
            log_to_driver=False,
            # Loopback only, and the workers import ClaimExtractor from this file's directory.
            _node_ip_address="127.0.0.1",
            runtime_env={"env_vars": {"PYTHONPATH": os.path.dirname(os.path.abspath(__file__))}},
        )
    ray.data.DataContext.get_current().enable_progress_bars = False
    return ray


def read_articles(path: str, fmt: str | None = None):
    import ray

    fmt = fmt or ("parquet" if path.rstrip("/").endswith(".parquet") else "jsonl")
    if fmt == "parquet":
        return ray.data.read_parquet(path, columns=["id", "text"])
    return ray.data.read_json(path)


def claims(articles, actors: int = 2, actor_cpus: float = 0.5, batch_size: int = 256):
    """The claims Dataset (CLAIM_SCHEMA) of an articles Dataset with `id` and `text`."""
    from ray.data import ActorPoolStrategy

    return articles.map_batches(
        ClaimExtractor,
        batch_format="pyarrow",
        batch_size=batch_size,
        compute=ActorPoolStrategy(size=actors),
        num_cpus=actor_cpus,
    )


def sources(claims_ds, partitions: int = 2) -> pa.Table:
    """Per source: claims, check-worthy claims and the mean score, busiest first. The grouping
    runs in Ray (a hash shuffle into `partitions` parts); the result, one row per source, is small
    enough to sort on the driver."""
    from ray.data.aggregate import Count, Mean, Sum

    def as_int(batch: pa.Table) -> pa.Table:
        return batch.append_column("checkworthy_n", batch.column("checkworthy").cast(pa.int64()))

    summary = (
        claims_ds.select_columns(["source", "checkworthy", "checkworthiness"])
        .map_batches(as_int, batch_format="pyarrow")
        .groupby("source", num_partitions=partitions)
        .aggregate(
            Count(alias_name="claims"),
            Sum("checkworthy_n", alias_name="checkworthy"),
            Mean("checkworthiness", alias_name="mean_checkworthiness"),
        )
    )
    table = pa.Table.from_pandas(summary.to_pandas(), preserve_index=False)
    return table.sort_by([("claims", "descending"), ("source", "ascending")])


def run(path: str, out: str, fmt: str | None = None, actors: int = 2, actor_cpus: float = 0.5) -> dict:
    """Extract, write OUT/claims and OUT/sources; return counts and timings."""
    import ray

    t0 = time.perf_counter()
    articles = read_articles(path, fmt)
    claims(articles, actors, actor_cpus).write_parquet(os.path.join(out, "claims"))
    t1 = time.perf_counter()
    written = ray.data.read_parquet(os.path.join(out, "claims"))
    summary = sources(written)
    os.makedirs(os.path.join(out, "sources"), exist_ok=True)
    pq.write_table(summary, os.path.join(out, "sources", "part-0.parquet"))
    return {
        "articles": read_articles(path, fmt).count(),
        "claims": written.count(),
        "extract_seconds": t1 - t0,
        "top_sources": summary.slice(0, 10).to_pylist(),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", help="JSONL or Parquet of {id, text}")
    ap.add_argument("out", help="output directory (claims/ and sources/ Parquet)")
    ap.add_argument("--cpus", type=int, default=2, help="CPUs for the local Ray")
    ap.add_argument("--actors", type=int, default=2, help="extractor actors")
    ap.add_argument("--actor-cpus", type=float, default=0.5, help="CPUs each actor asks for (< cpus / actors)")
    ap.add_argument("--format", choices=["jsonl", "parquet"])
    args = ap.parse_args(argv)
    ray = start(args.cpus)
    try:
        r = run(args.articles, args.out, args.format, args.actors, args.actor_cpus)
    finally:
        ray.shutdown()
    rate = r["articles"] / r["extract_seconds"] if r["extract_seconds"] else 0.0
    print(
        f"{r['articles']} articles, {r['claims']} claims in {r['extract_seconds']:.1f} s "
        f"({rate:.0f} articles/s) -> {args.out}/claims, {args.out}/sources"
    )
    for s in r["top_sources"]:
        print(f"  {s['claims']:6d} claims  {s['source']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
