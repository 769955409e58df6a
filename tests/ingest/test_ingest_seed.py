"""The real seed article from ../shared/seed, read with its sidecar."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradeshock.ingest import load_input

pytestmark = pytest.mark.seed


def test_seed_article_with_sidecar(shared_dir: Path) -> None:
    path = shared_dir / "seed" / "london-talks.txt"
    if not path.is_file():
        pytest.skip(f"seed article not found at {path}")
    raw = path.read_text(encoding="utf-8")
    article = load_input(str(path))
    assert article.title == raw.split("\n", 1)[0].strip()
    assert article.title.startswith("US-China Trade Talks")
    assert article.published == "2025-06-10"
    assert article.source == "The Korea Economic Daily Global"
    assert article.url == "https://en.bloomingbit.io/feed/news/90048"
    assert article.language == "en"
    assert len(article.text) == 4045
    assert article.text[1324:1337] == "Scott Bessent"


def test_seed_article_published_argument_wins(shared_dir: Path) -> None:
    path = shared_dir / "seed" / "london-talks.txt"
    if not path.is_file():
        pytest.skip(f"seed article not found at {path}")
    assert load_input(str(path), published="2025-06-11").published == "2025-06-11"
