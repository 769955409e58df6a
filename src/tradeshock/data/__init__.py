"""Bundled sample data: an article written for the project about real events, and the slices of
real daily prices the demo and the offline tests need (see ``sample/prices/PROVENANCE.md``)."""

from __future__ import annotations

from pathlib import Path

from tradeshock.models import Article

SAMPLE_DIR = Path(__file__).with_name("sample")
SAMPLE_ARTICLE = SAMPLE_DIR / "geneva-truce.txt"
SAMPLE_PRICES = SAMPLE_DIR / "prices"


def load_sample() -> Article:
    """The bundled sample article (US-China Geneva truce, published 2025-05-13)."""
    from tradeshock.ingest import load_input

    return load_input(str(SAMPLE_ARTICLE))


def sample_prices_dir() -> Path:
    return SAMPLE_PRICES
