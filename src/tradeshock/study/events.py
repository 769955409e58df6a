"""Events to study: ``event_id, ticker, date[, time, timezone]``, from a table, records or a CSV file."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from tradeshock.errors import InputError
from tradeshock.prices.base import normalise_ticker

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

EVENT_COLUMNS = ("event_id", "ticker", "date", "time", "timezone")


@dataclass(frozen=True)
class EventTable:
    """One row per (event, ticker) pair; every column an array of strings ("" when not given)."""

    event_id: np.ndarray
    ticker: np.ndarray
    date: np.ndarray
    time: np.ndarray
    timezone: np.ndarray
    origin: str

    def __len__(self) -> int:
        return int(self.event_id.size)


def read_events(events: Any, origin: str | None = None) -> EventTable:
    """Read events from a DataFrame, a list of records (dicts), an :class:`EventTable` or a CSV path.

    ``event_id`` defaults to the date when absent; ``ticker`` and ``date`` are required. Tickers are
    upper-cased. Raises :class:`InputError` naming the input and the row for anything unusable.
    """
    import pandas as pd

    if isinstance(events, EventTable):
        return events
    if isinstance(events, str | os.PathLike):
        path = Path(events)
        origin = origin or str(path)
        if not path.is_file():
            raise InputError(origin, "events file not found")
        try:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, skipinitialspace=True)
        except (OSError, ValueError, pd.errors.ParserError) as exc:
            raise InputError(origin, f"cannot read events CSV: {exc}") from exc
    elif isinstance(events, pd.DataFrame):
        frame = events
        origin = origin or "events"
    elif isinstance(events, Iterable):
        rows = list(events)
        if rows and not all(isinstance(r, Mapping) for r in rows):
            raise InputError(origin or "events", "records must be mappings with event_id, ticker and date")
        frame = pd.DataFrame(rows)
        origin = origin or "events"
    else:
        raise InputError(origin or "events", "expected a DataFrame, a list of records or a CSV path")
    return _from_frame(frame, origin)


def _from_frame(frame: pd.DataFrame, origin: str) -> EventTable:
    frame = frame.rename(columns={c: str(c).strip().lower() for c in frame.columns})
    if len(frame) == 0:
        raise InputError(origin, "no events")
    missing = [c for c in ("ticker", "date") if c not in frame.columns]
    if missing:
        raise InputError(origin, f"missing column(s) {', '.join(missing)} (expected event_id,ticker,date[,time,timezone])")
    cols = {c: _text(frame[c]) if c in frame.columns else np.full(len(frame), "", dtype=object)
            for c in EVENT_COLUMNS}
    uniques, codes = np.unique(cols["ticker"].astype(str), return_inverse=True)
    ticker = np.asarray([normalise_ticker(u) for u in uniques.tolist()], dtype=object)[codes]
    for name, values in (("ticker", ticker), ("date", cols["date"])):
        empty = np.flatnonzero(values == "")
        if empty.size:
            raise InputError(origin, f"row {int(empty[0]) + 1}: empty {name}")
    event_id = np.where(cols["event_id"] == "", cols["date"], cols["event_id"]).astype(object)
    return EventTable(event_id=event_id, ticker=ticker, date=cols["date"], time=cols["time"],
                      timezone=cols["timezone"], origin=origin)


def _text(column: pd.Series) -> np.ndarray:
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(column.dtype):
        if isinstance(column.dtype, pd.DatetimeTZDtype):
            values = column.map(lambda ts: ts.isoformat() if pd.notna(ts) else "")
        elif (column.dropna() == column.dropna().dt.normalize()).all():
            values = column.dt.strftime("%Y-%m-%d")
        else:
            values = column.dt.strftime("%Y-%m-%dT%H:%M:%S")
        return values.fillna("").astype(str).to_numpy(dtype=object)
    out = column.astype("string").fillna("").str.strip()
    codes, uniques = pd.factorize(out)  # repeated tickers and dates share one string object
    return np.asarray(uniques, dtype=object)[codes]
