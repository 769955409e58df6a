"""What :meth:`EventStudy.fit` does: load and align prices, map events, screen pairs, estimate, test."""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np

from tradeshock.errors import EstimationError
from tradeshock.prices.base import PriceSource
from tradeshock.prices.panel import load_series
from tradeshock.study import engine, estudy2, statistics
from tradeshock.study.calendar import TradingCalendar, data_calendar, get_calendar, map_event_days
from tradeshock.study.events import EventTable
from tradeshock.study.factors import read_factors
from tradeshock.study.returns import AlignedPrices, align_prices, compute_returns
from tradeshock.study.windows import car_positions

if TYPE_CHECKING:  # pragma: no cover
    from tradeshock.study.event_study import EventStudy
    from tradeshock.study.result import EventStudyResult


def run(study: EventStudy, ev: EventTable, source: PriceSource) -> EventStudyResult:
    import pandas as pd

    from tradeshock.study.result import EventStudyResult

    spec = study.spec
    tickers = list(dict.fromkeys(ev.ticker.tolist()))
    needed = tickers + ([study.benchmark] if study.benchmark and study.benchmark not in tickers else [])
    series = load_series(source, needed)
    notes: list[str] = []

    firsts = [s.first for s in series.values()]
    lasts = [s.last for s in series.values()]
    if study.calendar.lower() == "data":
        cal = data_calendar(np.concatenate([s.dates[np.isfinite(s.values)] for s in series.values()]))
    else:
        cal = get_calendar(study.calendar, min(firsts), max(lasts))
    aligned = align_prices(cal, series)
    returns = compute_returns(aligned.values, study.returns, study.multi_day)
    factors = read_factors(study.factors, study.factor_units) if spec.uses_factor_file else None
    design, row_ok = _design(study, aligned, returns, factors, cal)
    if factors is not None:
        notes.append(f"factors from {factors.origin} read as {factors.units}")

    mapping = map_event_days(cal, ev.date, ev.time, ev.timezone, ev.origin)
    session = mapping.session
    col = pd.Index(aligned.tickers).get_indexer(ev.ticker)
    est_start, le = study.estimation.locate(cal, session)
    evt_start, lw = study.window.locate(cal, session)
    if lw == 0:
        raise EstimationError(f"the event window {study.window.label()} holds no trading session")
    if le == 0:
        raise EstimationError(f"the estimation window {study.estimation.label()} holds no trading session")

    bad, reasons = _screen(study, ev, mapping.given, session, col, est_start, le, evt_start, lw, aligned,
                           returns, row_ok, cal)
    keep = ~bad
    skipped = tuple(MappingProxyType({"event_id": str(ev.event_id[i]), "ticker": str(ev.ticker[i]),
                                      "reason": reasons[i]}) for i in np.flatnonzero(bad).tolist())
    if not keep.any():
        shown = "; ".join(f"{s['event_id']}/{s['ticker']}: {s['reason']}" for s in skipped[:3])
        raise EstimationError(f"no (event, ticker) pair could be estimated ({len(skipped)} skipped: {shown})")

    arrays = engine.estimate(design, col[keep], est_start[keep], le, evt_start[keep], lw)
    _freeze(arrays)

    days = np.arange(study.window.lo, study.window.hi + 1) if study.window.relative else np.arange(lw)
    pair_dates = cal.sessions[evt_start[keep][:, None] + np.arange(lw)[None, :]]
    car_lo, car_hi = (0, lw - 1) if study.car_window is None else car_positions(days, *study.car_window)
    with np.errstate(divide="ignore", invalid="ignore"):
        if study.convention == "estudy2":
            daily = estudy2.daily_tests(arrays, market_model=spec.name == "market")
            car = estudy2.car_tests(arrays, daily, car_lo, car_hi)
        else:
            daily = statistics.daily_tests(arrays)
            car = statistics.car_tests(arrays, car_lo, car_hi)

    notes.extend(_price_notes(aligned, needed, study.multi_day))
    if study.convention == "estudy2":
        notes.append("estudy2 convention: statistics as the R package estudy2 computes them (docs/methods.md)")

    kept = np.flatnonzero(keep)
    return EventStudyResult(
        config=study,
        event_id=_ro(ev.event_id[kept].astype(str)),
        ticker=_ro(ev.ticker[kept].astype(str)),
        event_day=_ro(cal.sessions[session[kept]]),
        given=_ro(mapping.given[kept].astype(str)),
        rule=_ro(mapping.rule[kept].astype(str)),
        days=_ro(days.astype(np.int64)),
        pair_dates=_ro(pair_dates),
        arrays=arrays,
        daily=MappingProxyType(daily),
        car_tests=MappingProxyType(car),
        car_span=(int(days[car_lo]), int(days[car_hi])),
        skipped=skipped,
        price_fields=MappingProxyType({t: series[t].field for t in needed}),
        gaps=MappingProxyType({t: aligned.gaps[t] for t in needed if t in aligned.gaps}),
        events=tuple(MappingProxyType(e) for e in _event_report(ev, mapping, cal)),
        notes=tuple(notes),
    )


def _ro(a: np.ndarray) -> np.ndarray:
    a = np.ascontiguousarray(a)
    a.flags.writeable = False
    return a


def _freeze(arrays: engine.StudyArrays) -> None:
    for value in vars(arrays).values():
        if isinstance(value, np.ndarray):
            value.flags.writeable = False


def _design(study: EventStudy, aligned: AlignedPrices, returns: np.ndarray, factors: object,
            cal: TradingCalendar) -> tuple[engine.Design, np.ndarray]:
    """The regression inputs for the model, and the sessions on which the regressors exist."""
    spec = study.spec
    d = returns.shape[0]
    market = returns[:, aligned.column(study.benchmark)] if study.benchmark else None
    empty = np.zeros((d, 0))
    if spec.name == "market":
        g, offset = market[:, None], None
    elif spec.name == "market-adjusted":
        g, offset = empty, market
    elif spec.name == "constant-mean":
        g, offset = empty, None
    else:
        f = factors.on(cal.sessions, spec.factors)  # type: ignore[attr-defined]
        rf = factors.on(cal.sessions, ("rf",))[:, 0] if "rf" in factors.columns else np.zeros(d)  # type: ignore[attr-defined]
        g, offset, market = f, rf, f[:, 0]
    row_ok = np.isfinite(g).all(axis=1)
    if offset is not None:
        row_ok &= np.isfinite(offset)
    design = engine.Design(Y=returns, G=np.ascontiguousarray(g), offset=offset, market=market,
                           intercept=spec.intercept, k=spec.k)
    return design, row_ok


def _screen(study: EventStudy, ev: EventTable, given: np.ndarray, session: np.ndarray, col: np.ndarray,
            est_start: np.ndarray, le: int, evt_start: np.ndarray, lw: int, aligned: AlignedPrices,
            returns: np.ndarray, row_ok: np.ndarray, cal: TradingCalendar) -> tuple[np.ndarray, dict[int, str]]:
    """Which pairs cannot be estimated, and why (by row). Vectorised checks; text is written only for
    the pairs that fail."""
    d = returns.shape[0]
    n_pairs = session.size
    evt_end = evt_start + lw - 1
    est_end = est_start + le - 1
    before = session < 0
    after = session >= d
    outside = (evt_start < 0) | (evt_end >= d)
    first, last = aligned.first[col], aligned.last[col]
    no_ticker = ~outside & ((evt_start <= first) | (evt_end > last))
    no_bench = np.zeros(n_pairs, dtype=bool)
    bench = aligned.column(study.benchmark) if study.benchmark and study.spec.needs_benchmark else None
    if bench is not None:
        no_bench = ~outside & ((evt_start <= aligned.first[bench]) | (evt_end > aligned.last[bench]))
    row_cs = np.concatenate([[0], np.cumsum(row_ok)])
    ws, we = np.clip(evt_start, 0, d), np.clip(evt_end + 1, 0, d)
    no_rows = ~outside & (row_cs[we] - row_cs[ws] < lw)
    overlap = est_end >= evt_start
    valid = np.isfinite(returns) & row_ok[:, None]
    cs = np.vstack([np.zeros((1, valid.shape[1]), dtype=np.int64), np.cumsum(valid, axis=0)])
    a, b = np.clip(est_start, 0, d), np.clip(est_end + 1, 0, d)
    n_est = cs[b, col] - cs[a, col]
    short = n_est < study.min_estimation
    bad = before | after | outside | no_ticker | no_bench | no_rows | overlap | short
    reasons: dict[int, str] = {}
    sessions = cal.sessions
    first_price = min(s for s in aligned.first)
    last_price = max(aligned.last)

    def span(i: int) -> str:
        return f"{sessions[max(0, evt_start[i])]}..{sessions[min(d - 1, evt_end[i])]}"

    for i in np.flatnonzero(bad).tolist():  # only failing pairs get a message
        t = str(ev.ticker[i])
        if before[i]:
            reasons[i] = f"event date {given[i]} is before the first price date ({sessions[first_price]})"
        elif after[i] or outside[i]:
            reasons[i] = (f"event {given[i]} needs prices after the last price date ({sessions[last_price]})"
                          if (after[i] or evt_end[i] >= d) else
                          f"event {given[i]} needs prices before the first price date ({sessions[first_price]})")
        elif no_ticker[i]:
            reasons[i] = (f"event window {span(i)} is outside {t}'s returns "
                          f"({sessions[first[i]]}..{sessions[last[i]]}, first return the day after)")
        elif no_bench[i]:
            reasons[i] = (f"event window {span(i)} is outside the benchmark {study.benchmark}'s returns "
                          f"({sessions[aligned.first[bench]]}..{sessions[aligned.last[bench]]})")
        elif no_rows[i]:
            reasons[i] = f"the factor file has no rows for part of the event window {span(i)}"
        elif overlap[i]:
            reasons[i] = (f"estimation window ({sessions[max(0, est_start[i])]}..{sessions[min(d - 1, est_end[i])]})"
                          f" overlaps the event window {span(i)}")
        else:
            reasons[i] = f"{int(n_est[i])} estimation returns, {study.min_estimation} required"
    return bad, reasons


def _price_notes(aligned: AlignedPrices, tickers: list[str], multi_day: bool) -> list[str]:
    notes = []
    for t in tickers:
        off = aligned.off_calendar.get(t)
        if off:
            notes.append(f"{t}: {len(off)} price rows on dates that are not sessions were ignored "
                         f"(first {off[0]})")
        gaps = aligned.gaps.get(t)
        if gaps:
            runs = 1 + int(np.sum(np.diff(np.searchsorted(aligned.sessions, np.array(gaps, dtype="datetime64[D]")))
                                  > 1))
            treat = "returns across them span several sessions" if multi_day else "returns next to them are dropped"
            notes.append(f"{t}: {len(gaps)} sessions without a price (not filled; {runs} gap(s), {treat}); "
                         f"first {gaps[0]}")
    return notes


def _event_report(ev: EventTable, mapping: object, cal: TradingCalendar) -> list[dict[str, str | None]]:
    """One entry per distinct (event_id, date/time given): where it landed and why."""
    import pandas as pd

    sessions = cal.sessions
    d = sessions.size
    sess = mapping.session  # type: ignore[attr-defined]
    codes, _ = pd.MultiIndex.from_arrays([ev.event_id, mapping.given]).factorize()  # type: ignore[attr-defined]
    _, first = np.unique(codes, return_index=True)
    first.sort()
    out = []
    for i in first.tolist():  # one entry per event, not per pair
        s = int(sess[i])
        out.append({"event_id": str(ev.event_id[i]), "given": str(mapping.given[i]),  # type: ignore[attr-defined]
                    "event_day": str(sessions[s]) if 0 <= s < d else None,
                    "rule": str(mapping.rule[i])})  # type: ignore[attr-defined]
    return out
