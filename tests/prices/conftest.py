"""Fixtures for the price-source tests: the bundled sample folder, recorded provider answers, and
small synthetic price tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tradeshock.prices import sample_prices_dir

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def sample_dir() -> Path:
    return sample_prices_dir()


@pytest.fixture
def yfinance_table() -> pd.DataFrame:
    """A yfinance.download table (Price, Ticker columns) for NVDA, 2024-06-03..2024-06-14."""
    return pd.read_csv(FIXTURES / "yfinance_NVDA_2024-06-03_2024-06-14.csv", header=[0, 1], index_col=0,
                       parse_dates=True)


@pytest.fixture
def stooq_body() -> bytes:
    return (FIXTURES / "stooq_nvda.us_2024-06-03_2024-06-14.csv").read_bytes()


@pytest.fixture
def price_dir(tmp_path: Path):
    """A function writing ``{name: csv text}`` into a fresh folder and returning the folder."""

    def make(files: dict[str, str]) -> Path:
        for name, text in files.items():
            (tmp_path / name).write_text(text, encoding="utf-8")
        return tmp_path

    return make
