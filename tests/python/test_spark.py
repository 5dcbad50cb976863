"""examples/spark_claims.py in local mode on our articles: one shared local[2] session, UI off,
workers on this interpreter. scripts/test-python.sh runs this file under `timeout`."""

import os
import sys

import claimscan
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

pytest.importorskip("pyspark")
import spark_claims  # noqa: E402  (examples/, put on sys.path by conftest)


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    session = spark_claims.session("local[2]")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def expected_claims(articles):
    ex = claimscan.Extractor()
    return {(a["id"], c["id"]): c for a in articles for c in ex.extract(a["text"])["claims"]}


def check_claims(table: pa.Table, articles):
    want = expected_claims(articles)
    rows = table.to_pylist()
    got = {(r["doc_id"], r["claim_id"]): r for r in rows}
    assert len(rows) == len(got) == len(want)
    assert got.keys() == want.keys()
    for key, c in want.items():
        r = got[key]
        assert (r["text"], r["start"], r["end"], r["attribution"]) == (c["text"], c["start"], c["end"], c["attribution"])
        assert r["checkworthiness"] == c["checkworthiness"]
        assert r["source_name"] == (c["source"] or {}).get("name")
        assert r["cue"] == (c["cue"] or {}).get("text")


def test_jsonl_to_claims_and_sources(spark, articles, articles_path, tmp_path):
    r = spark_claims.run(spark, articles_path, str(tmp_path), partitions=3)
    assert r["articles"] == len(articles)
    claims = pq.read_table(tmp_path / "claims")
    assert claims.schema.names == spark_claims.CLAIM_SCHEMA.names
    check_claims(claims, articles)
    sources = pq.read_table(tmp_path / "sources").to_pylist()
    assert sum(s["claims"] for s in sources) == claims.num_rows
    by_source = {s["source"]: s for s in sources}
    assert by_source["Lena Ortiz"]["documents"] == 1


def test_parquet_input(spark, articles, tmp_path):
    src = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(articles), src)
    spark_claims.run(spark, str(src), str(tmp_path / "out"))
    check_claims(pq.read_table(tmp_path / "out" / "claims"), articles)
