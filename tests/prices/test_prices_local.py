"""LocalPriceSource, validation and the choice between adj_close and close."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from tradeshock.errors import InputError, PriceDataError
from tradeshock.prices import LocalPriceSource, PriceSource, load_series

GOOD = "date,open,high,low,close,adj_close,volume\n2024-01-02,10,11,9,10.0,9.5,100\n2024-01-03,10,11,9,11.0,10.45,100\n"


def test_sample_folder_reads_every_bundled_symbol(sample_dir):
    source = LocalPriceSource(sample_dir)
    assert isinstance(source, PriceSource)
    assert len(source.tickers()) == 20
    bars = source.bars("NVDA")
    assert list(bars.columns) == ["open", "high", "low", "close", "adj_close", "volume"]
    assert bars.index.is_monotonic_increasing and bars.index.name == "date"
    assert str(bars.index[0].date()) == "2024-01-02"


def test_adj_close_is_used_when_present_else_close_and_reported(sample_dir):
    series = load_series(LocalPriceSource(sample_dir), ["NVDA", "SPY"])
    assert series["NVDA"].field == "adj_close"
    assert series["SPY"].field == "close"  # SPY's adj_close column is empty in the data
    nvda = LocalPriceSource(sample_dir).bars("NVDA")
    np.testing.assert_array_equal(series["NVDA"].values, nvda["adj_close"].to_numpy())


def test_caret_symbols_and_case_are_found(sample_dir):
    source = LocalPriceSource(sample_dir)
    assert source.path_for("^GSPC").name == "GSPC.csv"
    assert source.path_for("nvda").name == "NVDA.csv"


def test_start_and_end_are_inclusive(sample_dir):
    bars = LocalPriceSource(sample_dir).bars("AMD", pd.Timestamp("2025-04-07").date(), pd.Timestamp("2025-04-09").date())
    assert [str(d.date()) for d in bars.index] == ["2025-04-07", "2025-04-08", "2025-04-09"]


def test_missing_ticker_names_the_ticker_and_folder(sample_dir):
    with pytest.raises(PriceDataError, match=r"no prices for ticker 'ZZZZ' in .*prices.*ZZZZ\.csv"):
        LocalPriceSource(sample_dir).bars("ZZZZ")


def test_missing_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="price folder not found"):
        LocalPriceSource(tmp_path / "nope")


def test_unsorted_dates_are_rejected(price_dir):
    folder = price_dir({"X.csv": "date,close\n2024-01-03,10\n2024-01-02,11\n"})
    with pytest.raises(PriceDataError, match=r"not in ascending order: 2024-01-02 \(row 2\) comes after 2024-01-03"):
        LocalPriceSource(folder).bars("X")


def test_duplicate_dates_are_rejected(price_dir):
    folder = price_dir({"X.csv": "date,close\n2024-01-02,10\n2024-01-02,11\n"})
    with pytest.raises(PriceDataError, match=r"duplicate date 2024-01-02 \(rows 1 and 2\)"):
        LocalPriceSource(folder).bars("X")


@pytest.mark.parametrize("value", ["0", "-3.5"])
def test_non_positive_prices_are_rejected(price_dir, value):
    folder = price_dir({"X.csv": f"date,close\n2024-01-02,10\n2024-01-03,{value}\n"})
    with pytest.raises(PriceDataError, match=r"non-positive close .* on 2024-01-03"):
        LocalPriceSource(folder).bars("X")


def test_text_in_a_price_column_is_rejected(price_dir):
    folder = price_dir({"X.csv": "date,close\n2024-01-02,10\n2024-01-03,abc\n"})
    with pytest.raises(PriceDataError, match=r"close 'abc' on 2024-01-03 is not a number"):
        LocalPriceSource(folder).bars("X")


def test_bad_date_is_rejected_with_its_row(price_dir):
    folder = price_dir({"X.csv": "date,close\n2024-01-02,10\nyesterday,11\n"})
    with pytest.raises(InputError, match=r"row 2: date 'yesterday' is not a date"):
        LocalPriceSource(folder).bars("X")


def test_missing_close_column_is_rejected(price_dir):
    folder = price_dir({"X.csv": "date,open\n2024-01-02,10\n"})
    with pytest.raises(InputError, match="no 'close' or 'adj_close' column"):
        LocalPriceSource(folder).bars("X")


def test_empty_price_cells_stay_missing_not_filled(price_dir):
    folder = price_dir({"X.csv": "date,close\n2024-01-02,10\n2024-01-03,\n2024-01-04,12\n"})
    bars = LocalPriceSource(folder).bars("X")
    assert np.isnan(bars["close"].iloc[1]) and len(bars) == 3


def test_empty_adj_close_column_falls_back_to_close(price_dir):
    folder = price_dir({"X.csv": "date,close,adj_close\n2024-01-02,10,\n2024-01-03,11,\n"})
    series = load_series(LocalPriceSource(folder), ["X"])
    assert series["X"].field == "close"
    np.testing.assert_array_equal(series["X"].values, [10.0, 11.0])


def test_timestamps_with_offsets_keep_their_local_date(price_dir):
    text = "Date,Close\n2023-07-10 00:00:00-04:00,10\n2023-07-11 00:00:00-04:00,11\n"
    folder = price_dir({"X.csv": text})
    bars = LocalPriceSource(folder).bars("X")
    assert [str(d.date()) for d in bars.index] == ["2023-07-10", "2023-07-11"]


def test_parquet_files_are_read(tmp_path):
    frame = pd.read_csv(pd.io.common.StringIO(GOOD))
    frame.to_parquet(tmp_path / "PQ.parquet")
    series = load_series(LocalPriceSource(tmp_path), ["pq"])
    assert series["PQ"].field == "adj_close"
    np.testing.assert_allclose(series["PQ"].values, [9.5, 10.45])


def test_a_file_is_parsed_once_per_source_and_again_when_it_changes(tmp_path, monkeypatch):
    (tmp_path / "ABC.csv").write_text(GOOD)
    calls = []
    real = pd.read_csv
    monkeypatch.setattr(pd, "read_csv", lambda *a, **k: calls.append(a) or real(*a, **k))
    source = LocalPriceSource(tmp_path)
    first = source.bars("ABC")
    first.loc[first.index[0], "close"] = -1.0  # a caller's edits stay in the caller's copy
    again = source.bars("ABC", pd.Timestamp("2024-01-03").date())
    assert len(calls) == 1
    assert source.bars("ABC")["close"].iloc[0] == 10.0 and len(again) == 1
    (tmp_path / "ABC.csv").write_text(GOOD + "2024-01-04,11,12,10,12.0,11.4,100\n")
    assert len(source.bars("ABC")) == 3 and len(calls) == 2
