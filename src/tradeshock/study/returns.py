"""Prices on the session axis, and returns computed from them without filling anything.

``align_prices`` puts each ticker's prices on the calendar's sessions (NaN where there is no price)
and reports gaps; ``compute_returns`` turns the matrix into simple or log returns. A return whose
previous session has no price is either dropped (NaN) or, with ``multi_day=True``, taken from the
last available price (estudy2's "rates over missing days").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from tradeshock.prices.panel import PriceSeries
from tradeshock.study.calendar import TradingCalendar, exact_positions

RETURN_KINDS = ("log", "simple")


@dataclass(frozen=True)
class AlignedPrices:
    """Prices of several tickers on one session axis.

    ``values``: sessions x tickers, NaN where missing. ``first``/``last``: index of each ticker's first
    and last price on the axis. ``gaps``: per ticker, sessions between its first and last price with no
    price. ``off_calendar``: per ticker, price dates that are not sessions (ignored, reported).
    """

    sessions: np.ndarray
    tickers: tuple[str, ...]
    values: np.ndarray
    first: np.ndarray
    last: np.ndarray
    gaps: dict[str, tuple[str, ...]]
    off_calendar: dict[str, tuple[str, ...]]

    def column(self, ticker: str) -> int:
        return self.tickers.index(ticker)


def align_prices(calendar: TradingCalendar, series: Mapping[str, PriceSeries]) -> AlignedPrices:
    """Place each series on ``calendar``'s sessions."""
    tickers = tuple(series)
    sessions = calendar.sessions
    values = np.full((sessions.size, len(tickers)), np.nan)
    first = np.zeros(len(tickers), dtype=np.int64)
    last = np.full(len(tickers), -1, dtype=np.int64)
    gaps: dict[str, tuple[str, ...]] = {}
    off: dict[str, tuple[str, ...]] = {}
    for k, ticker in enumerate(tickers):  # one pass per ticker, not per pair
        s = series[ticker]
        pos, on = exact_positions(sessions, s.dates)
        if not on.all():
            off[ticker] = tuple(str(d) for d in s.dates[~on])
        values[pos[on], k] = s.values[on]
        valid = np.flatnonzero(np.isfinite(values[:, k]))
        if valid.size:
            first[k], last[k] = valid[0], valid[-1]
            span = np.isnan(values[valid[0]: valid[-1] + 1, k])
            if span.any():
                gaps[ticker] = tuple(str(d) for d in sessions[valid[0]: valid[-1] + 1][span])
    return AlignedPrices(sessions=sessions, tickers=tickers, values=values, first=first, last=last,
                         gaps=gaps, off_calendar=off)


def compute_returns(prices: np.ndarray, kind: str = "log", multi_day: bool = False) -> np.ndarray:
    """Returns of a sessions x tickers price matrix (same shape; row 0 and gaps are NaN).

    ``kind``: ``"log"`` (continuously compounded) or ``"simple"``. ``multi_day``: a return after
    missing prices spans back to the last available price instead of being dropped.
    """
    if kind not in RETURN_KINDS:
        raise ValueError(f"returns must be one of {RETURN_KINDS}, not {kind!r}")
    prices = np.asarray(prices, dtype=float)
    if prices.ndim == 1:
        return compute_returns(prices[:, None], kind, multi_day)[:, 0]
    n = prices.shape[0]
    valid = np.isfinite(prices)
    rows = np.arange(n)[:, None]
    last_valid = np.maximum.accumulate(np.where(valid, rows, -1), axis=0)
    prev = np.vstack([np.full((1, prices.shape[1]), -1), last_valid[:-1]])
    ok = valid & (prev >= 0)
    if not multi_day:
        ok &= prev == rows - 1
    base = np.take_along_axis(prices, np.maximum(prev, 0), axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = prices / base
        out = np.log(ratio) if kind == "log" else ratio - 1.0
    out[~ok] = np.nan
    return out
