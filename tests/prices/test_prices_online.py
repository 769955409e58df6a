"""Yahoo and Stooq providers and the on-disk cache, all offline (recorded answers, fakes and a
loopback HTTP server)."""

from __future__ import annotations

import http.server
import json
import threading
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest

from tradeshock.errors import FetchError, PriceDataError
from tradeshock.prices import DiskCache, StooqPriceSource, YahooPriceSource, load_series
from tradeshock.prices.stooq import parse_stooq_csv, stooq_symbol
from tradeshock.prices.yahoo import from_yfinance


class RecordedDownload:
    """A fake yfinance.download that answers with a recorded table and counts calls."""

    def __init__(self, table: pd.DataFrame) -> None:
        self.table = table
        self.calls: list[tuple[str, date | None, date | None]] = []

    def __call__(self, ticker: str, start: date | None, end: date | None) -> pd.DataFrame:
        self.calls.append((ticker, start, end))
        return self.table


def test_yahoo_table_is_converted_with_both_closes(yfinance_table):
    fake = RecordedDownload(yfinance_table)
    source = YahooPriceSource(download=fake)
    bars = source.bars("NVDA", date(2024, 6, 3), date(2024, 6, 14))
    assert fake.calls == [("NVDA", date(2024, 6, 3), date(2024, 6, 15))]  # yfinance's end is exclusive
    assert list(bars.columns) == ["open", "high", "low", "close", "adj_close", "volume"]
    assert len(bars) == 10
    assert bars["close"].iloc[0] == pytest.approx(115.0)
    series = load_series(source, ["NVDA"], date(2024, 6, 3), date(2024, 6, 14))
    assert series["NVDA"].field == "adj_close"


def test_flat_yahoo_columns_are_accepted(yfinance_table):
    flat = yfinance_table.droplevel(1, axis=1)
    assert from_yfinance(flat, "NVDA")["adj_close"].notna().all()


def test_empty_yahoo_table_is_a_clear_error():
    source = YahooPriceSource(download=RecordedDownload(pd.DataFrame()))
    with pytest.raises(PriceDataError, match=r"Yahoo returned no prices for 'NVDA' \(yfinance returns an empty table when it is offline"):
        source.bars("NVDA", date(2024, 6, 3), date(2024, 6, 14))


def test_download_exceptions_become_fetch_errors():
    def broken(ticker, start, end):
        raise ConnectionError("Temporary failure in name resolution")

    with pytest.raises(FetchError, match=r"yahoo:NVDA: download failed: Temporary failure"):
        YahooPriceSource(download=broken).bars("NVDA")


def test_cache_answers_a_covered_request_without_downloading(tmp_path, yfinance_table):
    fake = RecordedDownload(yfinance_table)
    cache = DiskCache(tmp_path)
    source = YahooPriceSource(cache=cache, download=fake)
    first = source.bars("NVDA", date(2024, 6, 3), date(2024, 6, 14))
    again = source.bars("NVDA", date(2024, 6, 4), date(2024, 6, 10))
    assert len(fake.calls) == 1
    pd.testing.assert_frame_equal(again, first.loc["2024-06-04":"2024-06-10"], check_freq=False)
    meta = json.loads((tmp_path / "yahoo" / "NVDA.json").read_text())
    assert meta["start"] == "2024-06-03" and meta["end"] == "2024-06-14" and meta["rows"] == 10
    source.bars("NVDA", date(2024, 5, 1), date(2024, 6, 14))  # not covered: fetched again
    assert len(fake.calls) == 2


def test_open_ended_cache_entries_expire(tmp_path, yfinance_table):
    fake = RecordedDownload(yfinance_table)
    source = YahooPriceSource(cache=DiskCache(tmp_path, max_age=timedelta(0)), download=fake)
    source.bars("NVDA", date(2024, 6, 3))
    source.bars("NVDA", date(2024, 6, 3))
    assert len(fake.calls) == 2


def test_cache_leaves_no_temporary_files(tmp_path, yfinance_table):
    YahooPriceSource(cache=DiskCache(tmp_path), download=RecordedDownload(yfinance_table)).bars("NVDA")
    assert sorted(p.name for p in (tmp_path / "yahoo").iterdir()) == ["NVDA.csv", "NVDA.json"]


def test_stooq_symbols():
    assert stooq_symbol("aapl") == "aapl.us"
    assert stooq_symbol("^GSPC") == "^spx"
    assert stooq_symbol("VOD.UK") == "vod.uk"


def test_stooq_recorded_answer_is_parsed(stooq_body):
    urls = []

    def fetch(url: str, timeout: float) -> bytes:
        urls.append(url)
        return stooq_body

    source = StooqPriceSource(fetch=fetch)
    bars = source.bars("NVDA", date(2024, 6, 3), date(2024, 6, 14))
    assert urls == ["https://stooq.com/q/d/l/?s=nvda.us&i=d&d1=20240603&d2=20240614"]
    assert len(bars) == 10 and bars["close"].iloc[0] == pytest.approx(114.9351)
    assert load_series(source, ["NVDA"])["NVDA"].field == "close"


@pytest.mark.parametrize("body, message", [
    (b"No data", "Stooq has no data for 'NVDA'"),
    (b"<html><body>Please enable cookies</body></html>", "did not answer with a price table"),
])
def test_stooq_non_tables_are_clear_errors(body, message):
    with pytest.raises(PriceDataError, match=message):
        parse_stooq_csv(body, "NVDA")


@pytest.mark.network
def test_stooq_over_a_loopback_http_server(stooq_body, tmp_path):
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's naming
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/csv")
            self.end_headers()
            self.wfile.write(stooq_body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/q/d/l/"
        source = StooqPriceSource(base_url=base, cache=DiskCache(tmp_path))
        bars = source.bars("NVDA", date(2024, 6, 3), date(2024, 6, 14))
        assert len(bars) == 10
        np.testing.assert_allclose(source.bars("NVDA", date(2024, 6, 3), date(2024, 6, 14))["close"],
                                   bars["close"])
        assert len(hits) == 1  # the second call is answered from the disk cache
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.network
def test_unreachable_stooq_is_a_fetch_error():
    source = StooqPriceSource(base_url="http://127.0.0.1:9/q/d/l/", timeout=2)
    with pytest.raises(FetchError, match="cannot fetch"):
        source.bars("NVDA", date(2024, 6, 3), date(2024, 6, 14))
