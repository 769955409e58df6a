"""Trading calendars and the mapping of event dates and timestamps to event days.

The date axis of a study is the list of sessions of an exchange calendar (``exchange_calendars``,
NYSE by default), so that "day +1" means the next session and a missing price is a visible gap.
With ``calendar="data"`` the axis is the set of dates present in the price data instead.

Event-day rules (see ``docs/methods.md``):

* a date that is a session is its own event day; a weekend or holiday moves to the next session;
* a timestamp is converted to the exchange's time zone; at or after that session's close (16:00 in
  New York, earlier on half days) it moves to the next session; before the close it is that
  session; on a day without a session it moves to the next session.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from tradeshock.errors import InputError

DEFAULT_CALENDAR = "XNYS"


@dataclass(frozen=True)
class TradingCalendar:
    """Sessions of one exchange between two dates.

    ``sessions``: ascending ``datetime64[D]``; ``closes``: the close of each session as UTC
    ``datetime64[ns]``; ``tz``: the exchange's IANA time zone.
    """

    name: str
    tz: str
    sessions: np.ndarray
    closes: np.ndarray

    def __len__(self) -> int:
        return int(self.sessions.size)

    def next_session_at_or_after(self, days: np.ndarray) -> np.ndarray:
        """Index of the first session on or after each day (``len(self)`` when past the end)."""
        return np.searchsorted(self.sessions, np.asarray(days, dtype="datetime64[D]"), side="left")

    def last_session_at_or_before(self, days: np.ndarray) -> np.ndarray:
        """Index of the last session on or before each day (-1 when before the start)."""
        return np.searchsorted(self.sessions, np.asarray(days, dtype="datetime64[D]"), side="right") - 1

    def close_label(self, i: int) -> str:
        """The local close time of session ``i`` ("16:00")."""
        import pandas as pd

        return pd.Timestamp(self.closes[i], tz="UTC").tz_convert(self.tz).strftime("%H:%M")


@lru_cache(maxsize=16)
def exchange_calendar(name: str, start: str, end: str) -> TradingCalendar:
    """The sessions of exchange ``name`` (an ``exchange_calendars`` code such as ``XNYS``) in [start, end]."""
    import exchange_calendars as xcals

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            warnings.simplefilter("ignore", FutureWarning)
            cal = xcals.get_calendar(name, start=start, end=end)
            closes = cal.closes.dt.tz_convert(None).to_numpy().astype("datetime64[ns]")
            sessions = cal.sessions.to_numpy().astype("datetime64[D]")
    except xcals.errors.InvalidCalendarName as exc:
        raise InputError("calendar", f"unknown exchange calendar {name!r} (use an exchange_calendars code "
                                     "such as XNYS, XNAS, XLON, XTKS, or 'data')") from exc
    except (ValueError, xcals.errors.CalendarError) as exc:
        raise InputError("calendar", f"calendar {name!r} cannot cover {start}..{end}: {exc}") from exc
    return TradingCalendar(name=name, tz=str(cal.tz), sessions=sessions, closes=closes)


def data_calendar(dates: np.ndarray, tz: str = "America/New_York", close: str = "16:00") -> TradingCalendar:
    """A calendar whose sessions are the given dates, closing at ``close`` local time."""
    import pandas as pd

    sessions = np.unique(np.asarray(dates, dtype="datetime64[D]"))
    local = pd.DatetimeIndex(sessions.astype("datetime64[ns]")) + pd.Timedelta(close + ":00")
    closes = local.tz_localize(tz).tz_convert(None).to_numpy().astype("datetime64[ns]")
    return TradingCalendar(name="data", tz=tz, sessions=sessions, closes=closes)


def get_calendar(name: str, first: np.datetime64, last: np.datetime64) -> TradingCalendar:
    """The exchange calendar covering [first, last], with a margin so that mapping near the end works."""
    start = str(np.datetime64(first, "D") - np.timedelta64(10, "D"))
    end = str(np.datetime64(last, "D") + np.timedelta64(60, "D"))
    return exchange_calendar(name.upper(), start, end)


@dataclass(frozen=True)
class EventDays:
    """Where each event row landed.

    ``session``: index into the calendar's sessions (-1 when before its start, ``len(calendar)``
    when after its end);
    ``rule``: how the event day was chosen, in words; ``given``: the date/time as read.
    """

    session: np.ndarray
    rule: np.ndarray
    given: np.ndarray


def map_event_days(calendar: TradingCalendar, dates: np.ndarray, times: np.ndarray, zones: np.ndarray,
                   origin: str) -> EventDays:
    """Map event dates (``YYYY-MM-DD`` or ISO timestamps), optional times and time zones to sessions.

    ``dates``, ``times`` and ``zones`` are string arrays of equal length; empty strings mean "not
    given". A time without a zone is read in the exchange's time zone. Work is done once per distinct
    (date, time, zone) triple.
    """
    import pandas as pd

    keys = pd.DataFrame({"d": dates, "t": times, "z": zones}).astype(str)
    codes, uniques = pd.MultiIndex.from_frame(keys).factorize()
    uniq = uniques.to_frame(index=False)
    n = len(uniq)
    session = np.empty(n, dtype=np.int64)
    rules = np.empty(n, dtype=object)
    given = np.empty(n, dtype=object)
    tz = calendar.tz
    for j, (d, t, z) in enumerate(uniq.itertuples(index=False, name=None)):
        session[j], rules[j], given[j] = _map_one(calendar, d.strip(), t.strip(), z.strip(), tz, origin, codes, j)
    return EventDays(session=session[codes], rule=rules[codes], given=given[codes])


def _row_of(codes: np.ndarray, j: int) -> int:
    return int(np.flatnonzero(codes == j)[0]) + 1


def _map_one(cal: TradingCalendar, d: str, t: str, z: str, tz: str, origin: str,
             codes: np.ndarray, j: int) -> tuple[int, str, str]:
    import pandas as pd

    has_time = bool(t) or ":" in d
    given = " ".join(p for p in (d, t, z) if p)
    if not has_time:
        try:
            day = np.datetime64(pd.Timestamp(d).date(), "D")
        except (ValueError, TypeError):
            raise InputError(origin, f"row {_row_of(codes, j)}: date {d!r} is not a date (use YYYY-MM-DD)") from None
        i = int(cal.next_session_at_or_after(np.array([day]))[0])
        if len(cal) == 0 or day < cal.sessions[0]:
            return -1, "before the calendar's first session", given
        if i >= len(cal):
            return i, "after the calendar's last session", given
        if cal.sessions[i] == day:
            return i, "session day", given
        return i, f"{_no_session(day)} -> next session", given
    text = f"{d} {t}".strip() if t else d
    try:
        stamp = pd.Timestamp(text)
    except (ValueError, TypeError):
        raise InputError(origin, f"row {_row_of(codes, j)}: {text!r} is not a date and time "
                                 "(use YYYY-MM-DD with HH:MM)") from None
    zone = z or None
    if stamp.tzinfo is None:
        try:
            stamp = stamp.tz_localize(zone or tz, nonexistent="shift_forward", ambiguous=False)
        except Exception as exc:  # pytz/zoneinfo raise various errors for unknown zones
            raise InputError(origin, f"row {_row_of(codes, j)}: unknown time zone {zone!r}") from exc
    elif zone:
        raise InputError(origin, f"row {_row_of(codes, j)}: {text!r} already carries a UTC offset; "
                                 f"leave the timezone column empty (got {zone!r})")
    local = stamp.tz_convert(tz)
    day = np.datetime64(local.date(), "D")
    i = int(cal.next_session_at_or_after(np.array([day]))[0])
    if len(cal) == 0 or day < cal.sessions[0]:
        return -1, "before the calendar's first session", given
    clock = f"{local.strftime('%H:%M')} {tz}"
    if stamp.tzinfo is not None and str(stamp.tzinfo) != tz:
        clock = f"{stamp.strftime('%H:%M')} {stamp.tzinfo} = {clock}"
    if i >= len(cal):
        return i, f"{clock}: after the calendar's last session", given
    if cal.sessions[i] != day:
        return i, f"{clock} on a {_no_session(day)} -> next session", given
    close = cal.closes[i]
    close_label = cal.close_label(i)
    if np.datetime64(stamp.tz_convert("UTC").tz_localize(None).to_datetime64(), "ns") >= close:
        return i + 1, f"{clock}, at or after the {close_label} close -> next session", given
    return i, f"{clock}, before the {close_label} close -> same session", given


def _no_session(day: np.datetime64) -> str:
    weekday = (day.astype("datetime64[D]").astype(np.int64) - 4) % 7  # 1970-01-01 was a Thursday
    return "weekend" if weekday >= 5 else "holiday (no session)"


def exact_positions(axis: np.ndarray, dates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each of ``dates`` sits on the sorted ``axis``: ``(pos, found)``, ``found`` True only
    where ``axis[pos]`` is that very date (``pos`` is meaningless elsewhere)."""
    pos = np.searchsorted(axis, dates)
    inside = pos < axis.size
    found = np.zeros(np.shape(dates), dtype=bool)
    found[inside] = axis[pos[inside]] == dates[inside]
    return pos, found
