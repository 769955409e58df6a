"""The in-memory price source (the test double)."""

from __future__ import annotations

import pandas as pd
import pytest

from tradeshock.errors import PriceDataError
from tradeshock.prices import InMemoryPriceSource, load_series


def test_series_tables_and_records_are_accepted():
    closes = pd.Series([10.0, 11.0], index=pd.to_datetime(["2024-01-02", "2024-01-03"]))
    source = InMemoryPriceSource({"aaa": closes})
    assert source.bars("AAA")["close"].tolist() == [10.0, 11.0]
    records = [{"ticker": "B", "date": "2024-01-02", "close": 5.0},
               {"ticker": "B", "date": "2024-01-03", "close": 6.0}]
    assert InMemoryPriceSource.from_records(records).bars("b")["close"].tolist() == [5.0, 6.0]


def test_wide_table_keeps_missing_cells_missing():
    wide = pd.DataFrame({"date": ["2024-01-02", "2024-01-03"], "A": [1.0, None], "^IDX": [5.0, 6.0]})
    source = InMemoryPriceSource.from_wide(wide)
    series = load_series(source, ["A", "^IDX"])
    assert series["A"].values[1] != series["A"].values[1]  # NaN
    assert source.bars("IDX")["close"].tolist() == [5.0, 6.0]  # caret-insensitive, like file names


def test_bad_tables_fail_where_they_are_built():
    with pytest.raises(PriceDataError, match="duplicate date"):
        InMemoryPriceSource({"A": pd.DataFrame({"date": ["2024-01-02", "2024-01-02"], "close": [1.0, 2.0]})})


def test_unknown_ticker_lists_what_is_available():
    source = InMemoryPriceSource({"A": pd.DataFrame({"date": ["2024-01-02"], "close": [1.0]})})
    with pytest.raises(PriceDataError, match=r"'Q'.*available: A"):
        source.bars("Q")
