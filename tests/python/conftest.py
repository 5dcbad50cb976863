"""Shared fixtures for the Python tests (scripts/test-python.sh runs them in target/venv)."""

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(ROOT / "examples"))


@pytest.fixture(scope="session")
def articles():
    """Our own articles: [{"id", "text"}] from data/articles.jsonl."""
    with open(DATA / "articles.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def articles_path():
    return str(DATA / "articles.jsonl")


@pytest.fixture(scope="session")
def corpus():
    """tests/corpus/*.txt, our own texts: {file name: text}."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus").glob("*.txt"))}


@pytest.fixture(scope="session")
def cli():
    """The claimscan CLI (scripts/test-python.sh builds it and sets CLAIMSCAN_CLI)."""
    path = os.environ.get("CLAIMSCAN_CLI") or str(ROOT / "target" / "release" / "claimscan")
    if not os.path.exists(path):
        pytest.skip(f"no CLI at {path}; build it with cargo build --release -p claimscan-cli")
    return path
