"""Load one price series per ticker from a source, choosing the price field and saying which."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np

from tradeshock.errors import PriceDataError
from tradeshock.prices.base import PriceSource, normalise_ticker
from tradeshock.prices.validate import choose_price_field


@dataclass(frozen=True)
class PriceSeries:
    """The prices of one ticker as used by a study.

    ``dates`` are ``datetime64[D]`` ascending; ``values`` hold NaN where the source had a row with no
    price. ``field`` is ``"adj_close"`` or ``"close"``; ``origin`` names where they came from.
    """

    ticker: str
    dates: np.ndarray
    values: np.ndarray
    field: str
    origin: str

    @property
    def first(self) -> np.datetime64 | None:
        valid = np.flatnonzero(np.isfinite(self.values))
        return self.dates[valid[0]] if valid.size else None

    @property
    def last(self) -> np.datetime64 | None:
        valid = np.flatnonzero(np.isfinite(self.values))
        return self.dates[valid[-1]] if valid.size else None


def load_series(source: PriceSource, tickers: Iterable[str], start: date | None = None,
                end: date | None = None) -> dict[str, PriceSeries]:
    """Read each ticker once from ``source``; keys are the normalised tickers.

    Raises :class:`PriceDataError` for a ticker the source does not have or a table without prices.
    """
    out: dict[str, PriceSeries] = {}
    for ticker in dict.fromkeys(normalise_ticker(t) for t in tickers):
        bars = source.bars(ticker, start, end)
        field = choose_price_field(bars)
        if field not in bars.columns or bars[field].notna().sum() == 0:
            raise PriceDataError(f"{source.name}: no prices for {ticker!r}"
                                 + (f" between {start} and {end}" if start or end else ""))
        out[ticker] = PriceSeries(
            ticker=ticker,
            dates=bars.index.values.astype("datetime64[D]"),
            values=bars[field].to_numpy(dtype=float),
            field=field,
            origin=source.name,
        )
    return out
