"""The Python API: options and their errors, report shape, code-point offsets, batches, the GIL,
bad input, 1 MB of text, and native (CLI) = Python reports on our texts."""

import json
import subprocess
import threading
import time
import tomllib
from pathlib import Path

import claimscan
import pytest

ROOT = Path(__file__).resolve().parents[2]
MIXED = 'Mayor Ana Ruiz said the new bridge "will reopen in May" 🌉. Officials in 東京 said 3 people 🙂 were hurt. مرحبا, the council said it would pay.'


def spans(report):
    """Every {start, end, text} in a report."""
    out = []
    for c in report["claims"]:
        out += [c, *c["fragments"], *c["hedges"]]
        out += [c[k] for k in ("source", "cue", "channel", "condition") if c[k]]
    for e in report["entities"]:
        out += e["mentions"]
    return out + report["hedges"]


def test_version_is_the_crates():
    cargo = tomllib.loads((ROOT / "Cargo.toml").read_text())
    assert claimscan.version() == cargo["workspace"]["package"]["version"]
    assert claimscan.__version__ == claimscan.version()


def test_defaults():
    assert claimscan.default_options() == {
        "offsets": "char",
        "checkworthy_threshold": 0.5,
        "author_claims": True,
        "min_claim_words": 3,
        "reasons": True,
    }
    assert claimscan.Extractor().options == claimscan.default_options()
    assert "checkworthy_threshold=0.5" in repr(claimscan.Extractor())


def test_report_shape():
    report = claimscan.Extractor().extract(MIXED, id="doc-1")
    assert report["schema"] == "claimscan/1.1"
    assert report["id"] == "doc-1"
    assert report["offsets"] == "char"
    assert report["claims"], "finds a claim"
    c = report["claims"][0]
    assert isinstance(c, dict) and isinstance(c["reasons"], list)
    assert c["channel"] is None or isinstance(c["channel"], dict)
    assert claimscan.Extractor().extract(MIXED)["id"] is None


def test_reasons_read_as_sentences():
    report = claimscan.Extractor().extract("Repairs may cost 40 million euros, according to the city council.")
    claim = report["claims"][0]
    words = claimscan.explain(claim["reasons"])
    assert words and all(isinstance(w, str) and w.endswith(".") for w in words)
    assert "The source is named with \u201caccording to\u201d." in words
    assert any(w.startswith("Check-worthiness: ") for w in words)
    assert not any("attr:" in w or "lexicon:" in w for w in words)
    with pytest.raises(TypeError):
        claimscan.explain("attr:colon")


def test_code_point_offsets_slice_python_strings():
    report = claimscan.Extractor().extract(MIXED)
    for s in spans(report):
        assert MIXED[s["start"] : s["end"]] == s["text"]
    # the other units are there for callers that index bytes or UTF-16
    encoded = MIXED.encode("utf-8")
    for s in spans(claimscan.Extractor(offsets="byte").extract(MIXED)):
        assert encoded[s["start"] : s["end"]].decode("utf-8") == s["text"]
    assert claimscan.Extractor(offsets="utf16").extract(MIXED)["offsets"] == "utf16"


def test_options_change_the_report():
    text = "Police said 40 people were hurt. The storm destroyed three houses on the coast."
    everything = claimscan.Extractor().extract(text)["claims"]
    attributed = claimscan.Extractor(author_claims=False).extract(text)["claims"]
    assert all(c["attribution"] != "author" for c in attributed)
    assert len(attributed) < len(everything)
    strict = claimscan.Extractor(checkworthy_threshold=1.0).extract(text)["claims"]
    assert not any(c["checkworthy"] for c in strict if c["checkworthiness"] < 1.0)


@pytest.mark.parametrize(
    "options, option",
    [
        ({"bogus": 1}, "bogus"),
        ({"checkworthyThreshold": 0.5}, "checkworthyThreshold"),
        ({"checkworthy_threshold": 7}, "checkworthy_threshold"),
        ({"checkworthy_threshold": "high"}, "checkworthy_threshold"),
        ({"checkworthy_threshold": True}, "checkworthy_threshold"),
        ({"checkworthy_threshold": float("nan")}, "checkworthy_threshold"),
        ({"author_claims": 1}, "author_claims"),
        ({"min_claim_words": -1}, "min_claim_words"),
        ({"min_claim_words": 2.5}, "min_claim_words"),
        ({"min_claim_words": 100_000}, "min_claim_words"),
        ({"offsets": "utf-16"}, "offsets"),
        ({"offsets": None}, "offsets"),
    ],
)
def test_bad_options_are_value_errors_naming_the_option(options, option):
    with pytest.raises(ValueError) as e:
        claimscan.Extractor(**options)
    assert f"`{option}`" in str(e.value)


def test_positional_options_are_refused():
    with pytest.raises(TypeError):
        claimscan.Extractor(0.6)


@pytest.mark.parametrize("bad", [42, None, b"Police said 40 people were hurt.", ["a"]])
def test_non_str_is_a_type_error(bad):
    ex = claimscan.Extractor()
    with pytest.raises(TypeError, match="expects a str"):
        ex.extract(bad)
    with pytest.raises(TypeError, match="expects a str"):
        ex.extract_batch(["fine", bad])


def test_batch_of_one_str_is_refused():
    with pytest.raises(TypeError, match="extract_batch"):
        claimscan.Extractor().extract_batch("Police said 40 people were hurt.")


def test_lone_surrogates_become_replacement_characters_one_for_one():
    text = "Police said 40 \ud800people were hurt, \udfff the mayor said."
    report = claimscan.Extractor().extract(text)
    assert report["claims"]
    clean = text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    for s in spans(report):
        assert clean[s["start"] : s["end"]] == s["text"]
    assert report == claimscan.Extractor().extract(clean)


def test_empty_and_whitespace():
    ex = claimscan.Extractor()
    for text in ["", " ", "\n\n\t", "\x00\x01"]:
        assert ex.extract(text)["claims"] == []


def test_batch_equals_one_by_one(articles):
    ex = claimscan.Extractor()
    texts = [a["text"] for a in articles]
    ids = [a["id"] for a in articles]
    assert ex.extract_batch(texts, ids) == [ex.extract(t, id=i) for t, i in zip(texts, ids)]
    assert ex.extract_batch(iter(texts)) == [ex.extract(t) for t in texts]
    assert ex.extract_batch([]) == []
    with pytest.raises(ValueError, match="ids"):
        ex.extract_batch(texts, ids[:-1])


def test_batch_releases_the_gil(articles):
    ex = claimscan.Extractor()
    texts = [a["text"] for a in articles] * 40
    ticks = 0
    done = threading.Event()

    def count():
        nonlocal ticks
        while not done.is_set():
            ticks += 1

    t = threading.Thread(target=count)
    t.start()
    time.sleep(0.05)
    try:
        before = ticks
        start = time.perf_counter()
        ex.extract_batch(texts)
        native = time.perf_counter() - start
        during = ticks - before
    finally:
        done.set()
        t.join()
    # With the GIL held for the whole call the counter would stand still.
    assert during > 1000, f"the counter thread ran {during} times in {native:.3f} s"


def test_one_megabyte(corpus):
    text = ("\n\n".join(corpus.values()) + "\n\n") * 1
    text = text * (1_000_000 // len(text) + 1)
    assert len(text.encode("utf-8")) >= 1_000_000
    start = time.perf_counter()
    report = claimscan.Extractor().extract(text)
    took = time.perf_counter() - start
    assert len(report["claims"]) > 100
    for s in spans(report)[:5000]:
        assert text[s["start"] : s["end"]] == s["text"]
    print(f"1 MB: {took:.2f} s, {len(report['claims'])} claims")


def test_native_cli_equals_python(cli, corpus, articles, tmp_path):
    docs = [{"id": name, "text": text} for name, text in corpus.items()] + articles
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    out = subprocess.run(
        [cli, "extract", "--input", "jsonl", "--format", "jsonl", "--offsets", "char", str(jsonl)],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    native = [json.loads(line) for line in out.splitlines() if line.strip()]
    ex = claimscan.Extractor()
    python = ex.extract_batch([d["text"] for d in docs], [d["id"] for d in docs])
    assert len(native) == len(docs)
    for n, p, d in zip(native, python, docs):
        assert n == p, f"{d['id']}: CLI and Python reports differ"
    assert sum(len(r["claims"]) for r in python) > 40
