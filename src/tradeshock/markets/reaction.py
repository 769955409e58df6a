"""Measured market reaction around an article's dated events, with the event-study engine.

For each event day (an event's date moved to the next trading session when it is not one):

* the tickers studied are the companies the article names, the companies most exposed to the
  goods of that day's events (knowledge base), and the sector ETFs of those exposures, kept to
  those the price source has;
* one market-model study per day (estimation -250..-11 trading days, against ``benchmark``),
  read over the windows [0, 0], [-1, +1] and [0, +5];
* per ticker: the CAR, a t statistic CAR / (sigma * sqrt(L)) with the estimation residual
  standard deviation sigma (df = estimation returns - 2) and its two-sided p-value;
* per day: the mean CAR across the tickers with the Kolari-Pynnonen adjusted BMP test, which
  allows for the cross-correlation of abnormal returns that share a date.

Several events on one day are studied once: the reaction belongs to the day, and every event of
that day is listed with it. Events whose date is only a month or a year, or unknown, are not
studied; the reason is given.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tradeshock.errors import TradeshockError
from tradeshock.kb import KnowledgeBase
from tradeshock.models import Brief
from tradeshock.prices.base import PriceSource, file_stem

DEFAULT_WINDOWS: tuple[tuple[int, int], ...] = ((0, 0), (-1, 1), (0, 5))


@dataclass(frozen=True)
class ReactionOptions:
    benchmark: str = field(default="SPY", metadata={"help": "market index or ETF for the market model"})
    estimation: tuple[int, int] = field(default=(-250, -11), metadata={"help": "estimation window, trading days"})
    windows: tuple[tuple[int, int], ...] = field(default=DEFAULT_WINDOWS, metadata={"help": "CAR windows"})
    max_exposed_per_subject: int = field(default=4, metadata={"help": "exposed companies studied per good"})
    max_tickers: int = field(default=16, metadata={"help": "most tickers studied per day"})
    min_estimation: int = field(default=60, metadata={"help": "fewest estimation returns for a ticker"})


@dataclass(frozen=True)
class Reaction:
    rows: tuple[dict[str, Any], ...]
    days: tuple[dict[str, Any], ...]
    notes: tuple[str, ...]
    series: tuple[dict[str, Any], ...] = ()  # for charts: per day and ticker, the cumulative AR path


def stars(p: float | None) -> str:
    """``***`` below 0.01, ``**`` below 0.05, ``*`` below 0.1, else nothing (also for no p-value)."""
    if not isinstance(p, (int, float)) or isinstance(p, bool) or not math.isfinite(p):
        return ""
    return "***" if p < 0.01 else "**" if p < 0.05 else "*" if p < 0.1 else ""


def _available(source: PriceSource, tickers: Sequence[str]) -> list[str]:
    have = getattr(source, "tickers", None)
    if callable(have):
        known = set(have())
        return [t for t in tickers if file_stem(t) in known]
    return list(tickers)


def choose_tickers(brief: Brief, subjects: Sequence[str], kb: KnowledgeBase, source: PriceSource,
                   options: ReactionOptions) -> list[tuple[str, str]]:
    """(ticker, why) for a day: named companies first, then exposed companies, then sector ETFs."""
    out: dict[str, str] = {}
    for c in brief.companies:
        if c.ticker:
            out.setdefault(c.ticker, "named in the article")
    sectors = kb.sector_by_name
    for subject in subjects:
        for link in kb.exposure:
            if link.subject != subject or link.relation not in ("depends_on", "sells", "substitutes",
                                                                  "competes_with_imports"):
                continue
            for t in link.tickers[: options.max_exposed_per_subject]:
                out.setdefault(t, f"exposed to {subject} ({link.sector})")
            sec = sectors.get(link.sector)
            if sec and sec.etf:
                out.setdefault(sec.etf, f"sector ETF for {link.sector}")
    bench = file_stem(options.benchmark)
    tickers = [t for t in out if file_stem(t) != bench]
    kept = _available(source, tickers)[: options.max_tickers]
    return [(t, out[t]) for t in kept]


def missing_named(brief: Brief, source: PriceSource) -> list[str]:
    """Tickers of companies the article names that the price source does not have."""
    named = [c.ticker for c in brief.companies if c.ticker]
    have = set(_available(source, named))
    return [t for t in named if t not in have]


def study_reactions(brief: Brief, source: PriceSource, kb: KnowledgeBase,
                    options: ReactionOptions | None = None) -> Reaction:
    from tradeshock.study import EventStudy

    options = options or ReactionOptions()
    notes: list[str] = []
    by_date: dict[str, list[Any]] = {}
    for e in brief.events:
        if not e.event_date:
            notes.append(f"{e.id} ({e.instrument}/{e.action}) not studied: the article fixes no date")
        elif len(e.event_date) != 10:
            notes.append(f"{e.id} ({e.instrument}/{e.action}, {e.event_date}) not studied: only the "
                         f"{'month' if len(e.event_date) == 7 else 'year'} is known")
        else:
            by_date.setdefault(_session_on_or_after(e.event_date), []).append(e)
    lo = min(w[0] for w in options.windows)
    hi = max(w[1] for w in options.windows)
    study = EventStudy(model="market", benchmark=options.benchmark, estimation=options.estimation,
                       window=(lo, hi), min_estimation=options.min_estimation)
    rows: list[dict[str, Any]] = []
    days: list[dict[str, Any]] = []
    series: list[dict[str, Any]] = []
    if by_date:
        for t in missing_named(brief, source):
            notes.append(f"{t}: named in the article, but {getattr(source, 'name', 'the price source')} has no prices for it")
    for date, events in sorted(by_date.items()):
        subjects = list(dict.fromkeys(s for e in events for s in e.subject if s != "all_goods"))
        tickers = choose_tickers(brief, subjects, kb, source, options)
        ids = [e.id for e in events]
        if not tickers:
            notes.append(f"{date}: no price data for any named or exposed company")
            continue
        records = [{"event_id": f"day:{date}", "ticker": t, "date": date, **_published_time(brief, events)}
                   for t, _ in tickers]
        try:
            result = study.fit(records, source)
        except TradeshockError as exc:
            notes.append(f"{date}: not measured ({exc})")
            continue
        for s in result.skipped:
            notes.append(f"{date}: {s['ticker']} not measured ({s['reason']})")
        why = dict(tickers)
        event_day = str(result.event_day[0]) if result.n_pairs else None
        sigma = result.sigma.to_numpy()
        n_est = result.n_estimation.to_numpy()
        cum = result.cumulative_ar()
        windows = [(w, result.pair_car(w[0], w[1])[["car", "t_stat", "p_value"]].to_numpy()) for w in options.windows]
        for k in range(result.n_pairs):
            ticker = str(result.ticker[k])
            # days without an AR (a gap in the prices) are left out of the drawn path
            path = [[int(d), float(c)] for d, c in zip(result.days, cum[k], strict=True) if math.isfinite(c)]
            series.append({"day": date, "ticker": ticker, "points": path, "sigma": float(sigma[k])})
            for w, cars in windows:
                car, t, p = (float(x) for x in cars[k])
                if not math.isfinite(car):
                    continue
                rows.append({
                    "event_id": ids[0], "events_on_day": ids, "ticker": ticker, "event_day": event_day,
                    "window": [w[0], w[1]], "model": "market", "benchmark": options.benchmark,
                    "car": round(car, 6), "t_stat": _r(t), "p_value": _r(p), "stars": stars(p),
                    "n_estimation_days": int(n_est[k]), "why": why.get(ticker, ""),
                })
        for w in options.windows:
            summary = result.car_over(w[0], w[1])
            kp = summary.tests.get("kolari_pynnonen")
            entry = {"event_day": event_day, "date": date, "events": ids, "window": [w[0], w[1]],
                     "mean_car": _r(summary.mean_car), "n": summary.n_pairs}
            if kp is not None:
                entry["kolari_pynnonen"] = {"stat": _r(kp.stat), "p_value": _r(kp.p_value)}
            days.append(entry)
        if len(ids) > 1:
            notes.append(f"{event_day}: {len(ids)} events share this day; the reaction is the day's, "
                         f"not one event's ({', '.join(ids)})")
    return Reaction(tuple(rows), tuple(days), tuple(notes), tuple(series))


def _published_time(brief: Brief, events: list[Any]) -> dict[str, str]:
    """An event dated on the publication day, in an article whose publication time is known, is
    placed at that time: published after the close, it moves to the next session."""
    published = brief.article.published or ""
    if "T" not in published or not any(e.event_date == published[:10] for e in events):
        return {}
    import datetime as dt

    stamp = dt.datetime.fromisoformat(published)
    if stamp.tzinfo is None:
        return {}
    utc = stamp.astimezone(dt.UTC)
    return {"date": utc.date().isoformat(), "time": utc.strftime("%H:%M"), "timezone": "UTC"}


def _session_on_or_after(day: str, calendar: str = "XNYS") -> str:
    """The trading session an event dated ``day`` is measured on: the day itself, or the next
    session after a weekend or holiday (so Saturday talks and Monday's deal share a day)."""
    import numpy as np

    from tradeshock.study.calendar import get_calendar

    d = np.datetime64(day, "D")
    year = d.astype("datetime64[Y]")
    try:
        # one calendar per year (cached by its range), not one per event date
        cal = get_calendar(calendar, year.astype("datetime64[D]"), (year + 1).astype("datetime64[D]"))
    except TradeshockError:
        return day
    i = int(cal.next_session_at_or_after(np.array([d]))[0])
    return str(cal.sessions[i]) if i < len(cal) else day


def _r(x: Any) -> float | None:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return round(v, 6) if math.isfinite(v) else None
