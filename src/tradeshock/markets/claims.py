"""Check an article's market claims against daily prices.

Each claim gets a verdict (``supported``, ``partly_supported``, ``contradicted``,
``not_checkable``) with the measured figure, the dates and the price field used. The numbers
that decide are in :mod:`tradeshock.markets.thresholds`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import numpy as np

from tradeshock.errors import PriceDataError, TradeshockError
from tradeshock.markets import thresholds as th
from tradeshock.models import Claim
from tradeshock.prices.base import PriceSource, normalise_ticker
from tradeshock.prices.panel import PriceSeries, load_series


class _Series:
    def __init__(self, ps: PriceSeries) -> None:
        ok = np.isfinite(ps.values)
        self.dates = ps.dates[ok]
        self.values = ps.values[ok]
        self.field = ps.field
        self.ticker = ps.ticker

    def index_on(self, day: str) -> int | None:
        d = np.datetime64(day, "D")
        i = int(np.searchsorted(self.dates, d))
        return i if i < len(self.dates) and self.dates[i] == d else None

    def last_on_or_before(self, day: str) -> int | None:
        i = int(np.searchsorted(self.dates, np.datetime64(day, "D"), side="right")) - 1
        return i if i >= 0 else None

    def window(self, start: str, end: str) -> tuple[int, int]:
        lo = int(np.searchsorted(self.dates, np.datetime64(start, "D"), side="left"))
        hi = int(np.searchsorted(self.dates, np.datetime64(end, "D"), side="right"))
        return lo, hi

    def day(self, i: int) -> str:
        return str(self.dates[i])


def check_claims(claims: list[Claim] | tuple[Claim, ...], source: PriceSource) -> list[Claim]:
    cache: dict[str, _Series | str] = {}
    out: list[Claim] = []
    for c in claims:
        symbol = c.ticker
        if not symbol:
            out.append(replace(c, verdict="not_checkable", reason="no ticker for this subject"))
            continue
        if symbol not in cache:
            try:
                cache[symbol] = _Series(load_series(source, [symbol])[normalise_ticker(symbol)])
            except TradeshockError as exc:
                cache[symbol] = str(exc)
        s = cache[symbol]
        if isinstance(s, str):
            out.append(replace(c, verdict="not_checkable", reason=f"no prices: {s}"))
            continue
        try:
            out.append(_check(c, s))
        except PriceDataError as exc:
            out.append(replace(c, verdict="not_checkable", reason=str(exc)))
    return out


def _measured(r: float, basis: str, start: str, end: str, s: _Series, **extra: Any) -> dict[str, Any]:
    d: dict[str, Any] = {"return": round(float(r), 6), "basis": basis, "start": start, "end": end,
                         "symbol": s.ticker, "price_field": s.field}
    d.update(extra)
    return d


def _check(c: Claim, s: _Series) -> Claim:
    p = c.period
    if p is None or p.start is None:
        return replace(c, verdict="not_checkable", reason="the article fixes no date for this move")
    if p.kind == "level_vs_high":
        return _check_recovery(c, s)
    if p.kind == "drawdown":
        return _check_drawdown(c, s)
    if p.kind == "range":
        lo, hi = s.window(p.start, p.end or p.start)
        if hi - lo < 1 or lo == 0:
            raise PriceDataError(f"{s.ticker}: no prices covering {p.start}..{p.end}")
        r = s.values[hi - 1] / s.values[lo - 1] - 1.0
        m = _measured(r, "close-to-close", s.day(lo - 1), s.day(hi - 1), s)
        return _verdict(c, r, m, daily=False)
    # a single day (given in the sentence, or the day the text was last on: kind "context_day")
    i = s.index_on(p.start)
    if i is None:
        day = dt.date.fromisoformat(p.start)
        why = "not a trading day" if day.weekday() >= 5 else "no price on that date in the data"
        return replace(c, verdict="not_checkable", reason=f"{p.start}: {why}")
    if i == 0:
        raise PriceDataError(f"{s.ticker}: no close before {p.start}")
    r = s.values[i] / s.values[i - 1] - 1.0
    m = _measured(r, "close-to-close", s.day(i - 1), s.day(i), s)
    if c.intraday:
        direction = "up" if r > th.FLAT else "down" if r < -th.FLAT else "flat"
        return replace(c, verdict="not_checkable", measured=m,
                       reason=f"the claim is about intraday trading, which daily closes cannot check; "
                              f"the close-to-close move was {r * 100:+.2f}% ({direction})")
    return _verdict(c, r, m, daily=True)


def _verdict(c: Claim, r: float, m: dict[str, Any], daily: bool) -> Claim:
    want = 1.0 if c.direction == "up" else -1.0
    signed = r * want
    if signed < -th.CONTRADICT_MARGIN:
        return replace(c, verdict="contradicted", measured=m,
                       reason=f"the article says {c.direction}; the data show {r * 100:+.2f}%")
    if abs(r) < th.FLAT:
        return replace(c, verdict="partly_supported", measured=m, reason=f"flat: {r * 100:+.2f}%")
    if c.magnitude is not None:
        return _size_verdict(c, abs(r), m)
    strong = c.qualifier is not None and c.qualifier not in ("nearly", "almost", "about", "around", "roughly")
    if strong and daily and abs(r) < th.STRONG_DAILY:
        return replace(c, verdict="partly_supported", measured=m,
                       reason=f"right direction, but a {c.qualifier!r} move is not what the close shows: "
                              f"{r * 100:+.2f}% (threshold {th.STRONG_DAILY * 100:.0f}%)")
    return replace(c, verdict="supported", measured=m)


def _size_verdict(c: Claim, size: float, m: dict[str, Any]) -> Claim:
    stated = c.magnitude or 0.0
    tol = max(th.MAGNITUDE_ABS, th.MAGNITUDE_REL * stated)
    q = (c.qualifier or "").lower()
    if q in ("nearly", "almost", "close to", "just under", "under", "less than", "up to"):
        lo = stated - max(th.APPROX_BELOW, th.MAGNITUDE_REL * stated)
        hi = stated + th.MAGNITUDE_ABS / 2 if q not in ("under", "less than", "up to") else stated
        if size > hi:
            return replace(c, verdict="partly_supported", measured=m,
                           reason=f"{q} {stated * 100:g}% understates it: the data show {size * 100:.1f}%")
        if size < lo:
            return replace(c, verdict="partly_supported", measured=m,
                           reason=f"{q} {stated * 100:g}% overstates it: the data show {size * 100:.1f}%")
        return replace(c, verdict="supported", measured=m)
    if q in ("more than", "over", "at least", "just over"):
        if size >= stated:
            return replace(c, verdict="supported", measured=m)
        return replace(c, verdict="partly_supported", measured=m,
                       reason=f"{q} {stated * 100:g}%: the data show {size * 100:.1f}%")
    if abs(size - stated) <= tol:
        return replace(c, verdict="supported", measured=m)
    return replace(c, verdict="partly_supported", measured=m,
                   reason=f"stated {stated * 100:g}%, measured {size * 100:.1f}%")


def _ref_window(ref: str | None) -> tuple[str, str] | None:
    if not ref:
        return None
    if ".." in ref:
        a, b = ref.split("..")
        return a, b
    return ref, ref


def _check_drawdown(c: Claim, s: _Series) -> Claim:
    p = c.period
    assert p is not None and p.start is not None
    ref = _ref_window(p.reference)
    if ref is None:
        return replace(c, verdict="not_checkable", reason="no reference high to measure the fall from")
    rlo, rhi = s.window(*ref)
    lo, hi = s.window(p.start, p.end or p.start)
    if rhi <= rlo or hi <= lo:
        raise PriceDataError(f"{s.ticker}: no prices covering {ref[0]}..{ref[1]} and {p.start}..{p.end}")
    peak_i = rlo + int(np.argmax(s.values[rlo:rhi]))
    trough_i = lo + int(np.argmin(s.values[lo:hi]))
    r = s.values[trough_i] / s.values[peak_i] - 1.0
    m = _measured(r, "close-to-close, peak to trough", s.day(peak_i), s.day(trough_i), s)
    return _verdict(c, r, m, daily=False)


def _check_recovery(c: Claim, s: _Series) -> Claim:
    p = c.period
    assert p is not None and p.start is not None
    ref = _ref_window(p.reference)
    now = s.last_on_or_before(p.start)
    if now is None:
        raise PriceDataError(f"{s.ticker}: no close on or before {p.start}")
    if ref is None:
        hi_i = int(np.argmax(s.values[: now + 1]))
    else:
        rlo, rhi = s.window(*ref)
        if rhi <= rlo:
            raise PriceDataError(f"{s.ticker}: no prices covering {ref[0]}..{ref[1]}")
        hi_i = rlo + int(np.argmax(s.values[rlo:rhi]))
    gap = s.values[now] / s.values[hi_i] - 1.0
    m = _measured(gap, "close vs earlier high", s.day(hi_i), s.day(now), s)
    q = (c.qualifier or "").lower()
    if gap >= 0:
        verdict = "supported" if q in ("fully", "") else "partly_supported"
        reason = None if verdict == "supported" else f"the close is {gap * 100:+.2f}% above the high: fully recovered"
        return replace(c, verdict=verdict, measured=m, reason=reason)
    if gap > -th.RECOVERY_GAP:
        if q == "fully":
            return replace(c, verdict="partly_supported", measured=m, reason=f"still {gap * 100:.2f}% below the high")
        return replace(c, verdict="supported", measured=m, reason=f"{gap * 100:.2f}% below the high")
    return replace(c, verdict="contradicted", measured=m, reason=f"{gap * 100:.2f}% below the high")
