"""The cheap word test before each date pattern (``_may_match``) never drops a date the pattern finds."""

import datetime as dt

import pytest

from tradeshock.extract import dates
from tradeshock.extract.dates import _PATTERNS, _may_match, find_dates

SENTENCES = [
    "The tariffs take effect on 2025-08-01, the notice said on Monday.",
    "Talks resumed on October 7 last year and again on 1 July this year.",
    "The duties rise in mid-April and again at the end of June 2026.",
    "Two years later, the rate was cut; a month earlier it had been raised.",
    "The pause, agreed at the same time, expires in June that year; later that month the talks stalled.",
    "The following year the quota was doubled, and the previous month exports fell.",
    "A year later the ban was lifted, and March of next year is the deadline.",
    "Prices rose in March and will fall by September; since May the curbs have applied.",
    "The ruling is due on the 9th, by the end of this week, or on Friday of next week.",
    "Last week, next month and earlier this year the ministry met; it meets this coming Thursday.",
    "Over the weekend, and yesterday, today and tomorrow morning, officials spoke overnight.",
    "Three weeks ago the order was signed; two days after that it was published.",
    "A decision is expected in the coming days, or within the next few weeks, in the days ahead.",
    "The next day, a week later, hours earlier and that evening the envoys met.",
    "In 2019, during the 2018 trade war, and since 2020 the rates have changed.",
    "ON MONDAY THE MINISTRY SAID TARIFFS WOULD RISE IN JANUARY 2026, LATER THAT YEAR.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_prefilter_keeps_every_date(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pub = dt.date(2025, 5, 14)
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            assert _may_match(kind, m.group(0).lower()), (kind, m.group(0))
    with_filter = find_dates(text, pub)
    monkeypatch.setattr(dates, "_may_match", lambda kind, low: True)
    assert find_dates(text, pub) == with_filter


@pytest.mark.parametrize("text, want", [
    ("The talks stalled in June. Later that month the envoys met.", ["in June", "Later that month"]),
    ("Beijing raised its duties, and at the same time it opened talks on Tuesday.", ["at the same time", "on Tuesday"]),
])
def test_the_cheap_skips_keep_dates_that_need_their_words(text: str, want: list[str]) -> None:
    # the skips before the patterns ("that month" needs "month", "at the same time" needs "same time")
    assert [m.text for m in find_dates(text, dt.date(2025, 6, 10))] == want
