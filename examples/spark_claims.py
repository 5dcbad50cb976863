"""Every claim in an archive of news articles, with PySpark.

    spark-submit examples/spark_claims.py ARTICLES OUT [--master local[2]]
    python examples/spark_claims.py tests/python/data/articles.jsonl target/spark-out

ARTICLES is JSONL (one {"id", "text"} object per line) or Parquet with `id` and `text` columns
(a file or a directory; chosen by the `.parquet` suffix or --format). Writes

    OUT/claims/   Parquet, one row per claim (CLAIM_SCHEMA)
    OUT/sources/  Parquet, one row per source: claims, documents, check-worthy claims, mean score

and prints the busiest sources. Extraction runs in `mapInArrow`: each Python worker builds one
`claimscan.Extractor` and turns Arrow batches of articles into Arrow batches of claims
(`extract_batch` releases the GIL; Spark runs one worker per core). The workers must import the
`claimscan` wheel: set PYSPARK_PYTHON to a Python that has it (this script does so for local runs).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Iterator

import pyarrow as pa

# One row per claim. `source` is the key of the per-source summary: the resolved name, else the
# source's words, else "(author)" for the writer's own claims.
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

_EXTRACTOR = None


def extractor():
    """One extractor per Python worker process, built on first use."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        import claimscan

        _EXTRACTOR = claimscan.Extractor()
    return _EXTRACTOR


def claim_rows(ids: list, texts: list) -> pa.RecordBatch:
    """The claims of a batch of articles as one Arrow batch of CLAIM_SCHEMA."""
    texts = [t or "" for t in texts]
    ids = [None if i is None else str(i) for i in ids]
    cols = {name: [] for name in CLAIM_SCHEMA.names}
    for report in extractor().extract_batch(texts, ids):
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
    return pa.RecordBatch.from_pydict(cols, schema=CLAIM_SCHEMA)


def extract_arrow(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """mapInArrow: article batches ({id, text}) in, claim batches out."""
    for batch in batches:
        yield claim_rows(batch.column("id").to_pylist(), batch.column("text").to_pylist())


def session(master: str = "local[2]"):
    """A local session as the tests use it: UI off, workers on this interpreter, loopback only."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    return (
        SparkSession.builder.master(master)
        .appName("claimscan")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "500")
        .getOrCreate()
    )


def read_articles(spark, path: str, fmt: str | None = None):
    fmt = fmt or ("parquet" if path.rstrip("/").endswith(".parquet") else "jsonl")
    if fmt == "parquet":
        df = spark.read.parquet(path)
    else:
        df = spark.read.schema("id string, text string").json(path)
    return df.selectExpr("cast(id as string) as id", "cast(text as string) as text")


def claims(articles):
    """The claims DataFrame (CLAIM_SCHEMA) of an articles DataFrame with `id` and `text`."""
    from pyspark.sql.pandas.types import from_arrow_schema

    # The workers unpickle extract_arrow by module name: ship this file to them.
    articles.sparkSession.sparkContext.addPyFile(os.path.abspath(__file__))
    return articles.mapInArrow(extract_arrow, from_arrow_schema(CLAIM_SCHEMA))


def sources(claims_df):
    """Per source: claims, distinct documents, check-worthy claims and the mean score."""
    from pyspark.sql import functions as F

    return (
        claims_df.groupBy("source")
        .agg(
            F.count("*").alias("claims"),
            F.countDistinct("doc_id").alias("documents"),
            F.sum(F.col("checkworthy").cast("int")).alias("checkworthy"),
            F.avg("checkworthiness").alias("mean_checkworthiness"),
        )
        .orderBy(F.desc("claims"), "source")
    )


def run(spark, path: str, out: str, fmt: str | None = None, partitions: int | None = None) -> dict:
    """Extract, write OUT/claims and OUT/sources; return counts and timings."""
    t0 = time.perf_counter()
    articles = read_articles(spark, path, fmt)
    if partitions:
        articles = articles.repartition(partitions)
    claims_df = claims(articles)
    claims_df.write.mode("overwrite").parquet(os.path.join(out, "claims"))
    t1 = time.perf_counter()
    written = spark.read.parquet(os.path.join(out, "claims"))
    summary = sources(written)
    summary.write.mode("overwrite").parquet(os.path.join(out, "sources"))
    return {
        "articles": articles.count(),
        "claims": written.count(),
        "extract_seconds": t1 - t0,
        "top_sources": [r.asDict() for r in summary.limit(10).collect()],
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", help="JSONL or Parquet of {id, text}")
    ap.add_argument("out", help="output directory (claims/ and sources/ Parquet)")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--format", choices=["jsonl", "parquet"])
    ap.add_argument("--partitions", type=int, help="repartition the articles first")
    args = ap.parse_args(argv)
    spark = session(args.master)
    spark.sparkContext.setLogLevel("WARN")
    try:
        r = run(spark, args.articles, args.out, args.format, args.partitions)
    finally:
        spark.stop()
    rate = r["articles"] / r["extract_seconds"] if r["extract_seconds"] else 0.0
    print(
        f"{r['articles']} articles, {r['claims']} claims in {r['extract_seconds']:.1f} s "
        f"({rate:.0f} articles/s) -> {args.out}/claims, {args.out}/sources"
    )
    for s in r["top_sources"]:
        print(f"  {s['claims']:6d} claims  {s['documents']:5d} docs  {s['source']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
