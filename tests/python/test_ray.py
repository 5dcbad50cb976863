"""examples/ray_claims.py in local mode on our articles: ray.init(num_cpus=2), no dashboard,
extractor actors asking for 0.5 CPU each. scripts/test-python.sh runs this file under `timeout`."""

import claimscan
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

pytest.importorskip("ray")
import ray_claims  # noqa: E402  (examples/, put on sys.path by conftest)


@pytest.fixture(scope="module")
def ray():
    ray = ray_claims.start(2)
    yield ray
    ray.shutdown()


def check_claims(table: pa.Table, articles):
    ex = claimscan.Extractor()
    want = {(a["id"], c["id"]): c for a in articles for c in ex.extract(a["text"])["claims"]}
    rows = table.to_pylist()
    got = {(r["doc_id"], r["claim_id"]): r for r in rows}
    assert len(rows) == len(want)
    assert got.keys() == want.keys()
    for key, c in want.items():
        r = got[key]
        assert (r["text"], r["start"], r["end"], r["attribution"]) == (c["text"], c["start"], c["end"], c["attribution"])
        assert r["source"] == ((c["source"] or {}).get("name") or (c["source"] or {}).get("text") or "(author)")


def test_jsonl_to_claims_and_sources(ray, articles, articles_path, tmp_path):
    r = ray_claims.run(articles_path, str(tmp_path))
    assert r["articles"] == len(articles)
    claims = pq.read_table(tmp_path / "claims")
    assert set(spark_names := ray_claims.CLAIM_SCHEMA.names) <= set(claims.schema.names), spark_names
    check_claims(claims, articles)
    sources = pq.read_table(tmp_path / "sources").to_pylist()
    assert sum(s["claims"] for s in sources) == claims.num_rows
    assert sources[0]["claims"] == max(s["claims"] for s in sources)


def test_parquet_input(ray, articles, tmp_path):
    src = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist(articles), src)
    ray_claims.run(str(src), str(tmp_path / "out"))
    check_claims(pq.read_table(tmp_path / "out" / "claims"), articles)
