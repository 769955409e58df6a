"""Estimation and event windows: in trading days relative to the event day, or as calendar dates.

``Window.parse((-250, -11))``, ``Window.parse("-250:-11")`` and ``Window.parse(("2019-04-01",
"2020-03-13"))`` are the three spellings. A date window covers the sessions between its dates
(inclusive); a relative window covers sessions ``lo..hi`` around each pair's event day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import numpy as np

from tradeshock.errors import InputError
from tradeshock.study.calendar import TradingCalendar


@dataclass(frozen=True)
class Window:
    """A window of sessions. Exactly one of (lo, hi) and (start, end) is set."""

    lo: int | None = None
    hi: int | None = None
    start: date | None = None
    end: date | None = None

    @property
    def relative(self) -> bool:
        return self.lo is not None

    @classmethod
    def parse(cls, value: Any, what: str) -> Window:
        if isinstance(value, Window):
            return value
        if isinstance(value, str):
            parts = value.replace(",", ":").split(":")
            if len(parts) != 2:
                raise InputError(what, f"expected LO:HI (for example -250:-11), got {value!r}")
            value = tuple(p.strip() for p in parts)
        if not isinstance(value, tuple | list) or len(value) != 2:
            raise InputError(what, f"expected a pair (lo, hi) of day offsets or of dates, got {value!r}")
        a, b = value
        ia, ib = _as_int(a), _as_int(b)
        if ia is not None and ib is not None:
            if ia > ib:
                raise InputError(what, f"window {ia}:{ib} ends before it starts")
            return cls(lo=ia, hi=ib)
        da, db = _as_date(a, what), _as_date(b, what)
        if da > db:
            raise InputError(what, f"window {da}..{db} ends before it starts")
        return cls(start=da, end=db)

    def label(self) -> str:
        return f"{self.lo}:{self.hi}" if self.relative else f"{self.start}..{self.end}"

    def to_dict(self) -> dict[str, Any]:
        if self.relative:
            return {"from_day": self.lo, "to_day": self.hi}
        return {"start": str(self.start), "end": str(self.end)}

    def locate(self, calendar: TradingCalendar, event_session: np.ndarray) -> tuple[np.ndarray, int]:
        """Start index (per pair) and length of this window on ``calendar``'s sessions.

        For a date window the start is the same for every pair. The length of a date window is
        the number of sessions in it; it is 0 when no session falls inside.
        """
        if self.relative:
            assert self.lo is not None and self.hi is not None
            return event_session + self.lo, self.hi - self.lo + 1
        first = int(calendar.next_session_at_or_after(np.array([np.datetime64(self.start, "D")]))[0])
        last = int(calendar.last_session_at_or_before(np.array([np.datetime64(self.end, "D")]))[0])
        return np.full(event_session.shape, first, dtype=np.int64), max(0, last - first + 1)


def car_positions(days: np.ndarray, start_day: int, end_day: int) -> tuple[int, int]:
    """Column positions of the CAR window ``start_day..end_day`` among the event ``days``; an
    :class:`InputError` unless it lies inside the event window."""
    lo, hi = start_day - int(days[0]), end_day - int(days[0])
    if lo < 0 or hi >= days.size or lo > hi:
        raise InputError("CAR window", f"{start_day}:{end_day} is not inside the event window "
                                       f"({int(days[0])}..{int(days[-1])})")
    return lo, hi


def _as_int(x: Any) -> int | None:
    if isinstance(x, bool):
        return None
    if isinstance(x, int | np.integer):
        return int(x)
    if isinstance(x, str):
        s = x.strip()
        if s.lstrip("+-").isdigit():
            return int(s)
    return None


def _as_date(x: Any, what: str) -> date:
    if isinstance(x, datetime):
        return x.date()
    if isinstance(x, date):
        return x
    if isinstance(x, np.datetime64):
        return date.fromisoformat(str(np.datetime64(x, "D")))
    try:
        return date.fromisoformat(str(x).strip()[:10])
    except ValueError:
        raise InputError(what, f"{x!r} is neither a day offset nor a date (YYYY-MM-DD)") from None
