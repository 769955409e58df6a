"""Event dates and timestamps map to event days by the documented rules, reported per event."""

from __future__ import annotations

import numpy as np
import pytest

from tradeshock.errors import InputError
from tradeshock.study import EventStudy, read_events
from tradeshock.study.calendar import data_calendar, exchange_calendar, map_event_days

CAL = exchange_calendar("XNYS", "2024-01-01", "2025-12-31")


def _map(rows):
    ev = read_events([{"event_id": str(i), "ticker": "X", **r} for i, r in enumerate(rows)])
    days = map_event_days(CAL, ev.date, ev.time, ev.timezone, ev.origin)
    return [str(CAL.sessions[s]) for s in days.session], list(days.rule)


@pytest.mark.parametrize("row, day, rule", [
    ({"date": "2025-07-07"}, "2025-07-07", "session day"),
    ({"date": "2025-07-05"}, "2025-07-07", "weekend -> next session"),
    ({"date": "2025-07-04"}, "2025-07-07", "holiday (no session) -> next session"),
    ({"date": "2025-07-07", "time": "15:59"}, "2025-07-07", "before the 16:00 close -> same session"),
    ({"date": "2025-07-07", "time": "16:00"}, "2025-07-08", "at or after the 16:00 close -> next session"),
    ({"date": "2025-07-07", "time": "16:30"}, "2025-07-08", "after the 16:00 close"),
    ({"date": "2025-07-07", "time": "09:00"}, "2025-07-07", "same session"),
    ({"date": "2025-07-07", "time": "13:00", "timezone": "Europe/London"}, "2025-07-07",
     "13:00 Europe/London = 08:00 America/New_York, before the 16:00 close"),
    ({"date": "2025-07-07", "time": "21:30", "timezone": "Europe/London"}, "2025-07-08",
     "= 16:30 America/New_York, at or after"),
    ({"date": "2025-07-08", "time": "08:00", "timezone": "Asia/Tokyo"}, "2025-07-08",
     "08:00 Asia/Tokyo = 19:00 America/New_York, at or after"),
    ({"date": "2024-11-29", "time": "14:00"}, "2024-12-02", "at or after the 13:00 close"),  # half day
    ({"date": "2024-11-29", "time": "12:59"}, "2024-11-29", "before the 13:00 close"),
    ({"date": "2025-04-02T16:15:00-04:00"}, "2025-04-03", "at or after the 16:00 close"),
    ({"date": "2025-04-02T19:15:00Z"}, "2025-04-02", "19:15 UTC = 15:15 America/New_York"),
    ({"date": "2025-07-05", "time": "10:00"}, "2025-07-07", "on a weekend -> next session"),
])
def test_event_day_rules(row, day, rule):
    days, rules = _map([row])
    assert days == [day]
    assert rule in rules[0]


def test_each_distinct_date_is_mapped_once_and_broadcast():
    days, _ = _map([{"date": "2025-07-05"}] * 3 + [{"date": "2025-07-07"}])
    assert days == ["2025-07-07"] * 4


@pytest.mark.parametrize("row, message", [
    ({"date": "July the 4th"}, r"row 1: date 'July the 4th' is not a date"),
    ({"date": "2025-07-07", "time": "25:99"}, r"row 1: '2025-07-07 25:99' is not a date and time"),
    ({"date": "2025-07-07", "time": "10:00", "timezone": "Mars/Olympus"}, r"unknown time zone 'Mars/Olympus'"),
    ({"date": "2025-07-07T10:00:00+01:00", "timezone": "Europe/Paris"}, "already carries a UTC offset"),
])
def test_bad_dates_times_and_zones_are_input_errors(row, message):
    with pytest.raises(InputError, match=message):
        _map([row])


def test_unknown_calendar_is_an_input_error():
    with pytest.raises(InputError, match="unknown exchange calendar 'XXXX'"):
        exchange_calendar("XXXX", "2024-01-01", "2024-12-31")


def test_data_calendar_uses_the_dates_given():
    cal = data_calendar(np.array(["2024-01-02", "2024-01-04", "2024-01-03"], dtype="datetime64[D]"))
    assert [str(d) for d in cal.sessions] == ["2024-01-02", "2024-01-03", "2024-01-04"]
    assert cal.close_label(0) == "16:00"


def test_mapping_is_reported_per_event_in_the_result(synthetic):
    synthetic.stock("AAA", 0.0, 1.0, noise=0.01)
    events = [{"event_id": "sat", "ticker": "AAA", "date": "2024-05-11"},
              {"event_id": "late", "ticker": "AAA", "date": "2024-05-08", "time": "17:05"}]
    result = EventStudy(benchmark="MKT").fit(events, synthetic.source())
    report = {e["event_id"]: e for e in result.events}
    assert report["sat"]["event_day"] == "2024-05-13" and report["sat"]["rule"] == "weekend -> next session"
    assert report["late"]["event_day"] == "2024-05-09" and "after the 16:00 close" in report["late"]["rule"]
    assert [str(d) for d in result.event_day] == ["2024-05-13", "2024-05-09"]
