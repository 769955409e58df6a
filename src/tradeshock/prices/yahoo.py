"""Daily bars from Yahoo Finance through ``yfinance`` (optional extra ``tradeshock[yahoo]``).

The download function is injectable, so the provider is tested offline with recorded tables and
fakes. yfinance does not raise when it is offline or the symbol is unknown: it logs and returns an
empty table. That empty table becomes a :class:`~tradeshock.errors.PriceDataError` naming the ticker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from tradeshock.errors import FetchError, InputError, PriceDataError
from tradeshock.prices.base import slice_bars
from tradeshock.prices.cache import DiskCache
from tradeshock.prices.validate import normalise_bars

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: ``download(ticker, start, end_exclusive) -> DataFrame`` in yfinance's layout.
Downloader = Callable[[str, "date | None", "date | None"], Any]

_YF_COLUMNS = {"Adj Close": "adj_close", "Close": "close", "High": "high", "Low": "low",
               "Open": "open", "Volume": "volume"}


def yfinance_download(ticker: str, start: date | None, end_exclusive: date | None) -> pd.DataFrame:
    """The real download: ``yfinance.download`` with unadjusted closes and a separate adjusted close."""
    try:
        import yfinance
    except ImportError as exc:  # pragma: no cover - yfinance is a test dependency
        raise InputError("yahoo", "the Yahoo provider needs yfinance (pip install 'tradeshock[yahoo]')") from exc
    kwargs: dict[str, Any] = {"auto_adjust": False, "actions": False, "progress": False, "threads": False}
    if start is None:
        kwargs["period"] = "max"
    else:
        kwargs["start"] = start.isoformat()
        if end_exclusive is not None:
            kwargs["end"] = end_exclusive.isoformat()
    return yfinance.download(ticker, **kwargs)


class YahooPriceSource:
    """Yahoo Finance daily bars, cached on disk when ``cache`` is given."""

    name = "yahoo"

    def __init__(self, *, cache: DiskCache | None = None, download: Downloader | None = None) -> None:
        self.cache = cache
        self._download = download or yfinance_download

    def bars(self, ticker: str, start: date | None = None, end: date | None = None) -> pd.DataFrame:
        if self.cache is None:
            return slice_bars(self._fetch(ticker, start, end), start, end)
        return self.cache.through(self.name, ticker, start, end, lambda: self._fetch(ticker, start, end))

    def _fetch(self, ticker: str, start: date | None, end: date | None) -> pd.DataFrame:
        end_exclusive = end + timedelta(days=1) if end is not None else None  # yfinance's end is exclusive
        try:
            raw = self._download(ticker, start, end_exclusive)
        except (InputError, PriceDataError):
            raise
        except Exception as exc:  # yfinance raises assorted network and rate-limit errors
            raise FetchError(f"yahoo:{ticker}", f"download failed: {exc}") from exc
        return from_yfinance(raw, ticker)


def from_yfinance(raw: Any, ticker: str) -> pd.DataFrame:
    """Convert a ``yfinance.download`` table (flat or (Price, Ticker) columns) to the bar schema."""
    import pandas as pd

    origin = f"yahoo:{ticker}"
    if raw is None or not isinstance(raw, pd.DataFrame) or raw.empty:
        raise PriceDataError(
            f"{origin}: Yahoo returned no prices for {ticker!r} (yfinance returns an empty table when it is "
            "offline, when the symbol is unknown, or when the range holds no trading days)"
        )
    frame = raw
    if isinstance(frame.columns, pd.MultiIndex):
        for level in range(frame.columns.nlevels):
            values = [str(v) for v in frame.columns.get_level_values(level)]
            if ticker in values:
                frame = frame.xs(ticker, axis=1, level=level)
                break
        else:
            frame = frame.droplevel([lvl for lvl in range(1, frame.columns.nlevels)], axis=1)
    frame = frame.rename(columns=_YF_COLUMNS)
    frame = frame.reset_index()
    frame = frame.rename(columns={frame.columns[0]: "date"})
    bars = normalise_bars(frame, origin)
    price = bars["close"] if "close" in bars.columns else bars.get("adj_close")
    if price is None or price.notna().sum() == 0:
        raise PriceDataError(f"{origin}: Yahoo returned rows but no prices for {ticker!r}")
    return bars
