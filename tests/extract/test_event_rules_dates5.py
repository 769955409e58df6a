"""Dates of events (ANNOTATION.md rule 8): general rules on dates told against an earlier date
("in March that year", "later that month") and on the status a date allows, on invented sentences."""

from __future__ import annotations

import datetime as dt

from event_helpers import analyze_events, find

from tradeshock.extract.dates import find_dates, resolve_told_periods


def _told(first: str, then: str) -> list[tuple[str | None, str | None]]:
    pub = dt.date(2024, 10, 2)
    dates = [find_dates(first, pub), find_dates(then, pub)]
    resolve_told_periods(dates)
    return [(d.value, d.precision) for d in dates[1]]


def test_a_month_that_year_takes_the_year_told_before() -> None:
    assert _told("The row started in 2019.", "Rome cut its duties in March that year.") == [("2019-03", "month")]
    assert _told("Talks began on 4 May 2017.", "A deal followed in October of the same year.") == [("2017-10", "month")]


def test_later_that_month_and_the_following_year_shift_from_the_date_told_before() -> None:
    assert _told("Oslo banned the imports in April 2016.", "Reykjavik hit back later that month.") == [("2016-04", "month")]
    assert _told("Oslo banned the imports in April 2016.", "It lifted the ban the following year.") == [("2017", "year")]
    # (a shift of a year keeps the month it is counted from: "a year later" than April 2016 is April 2017)
    assert _told("Oslo banned the imports in April 2016.", "It lifted the ban a year later.") == [("2017-04", "month")]


def test_that_year_with_no_date_told_before_stays_unresolved() -> None:
    assert _told("Oslo banned the imports.", "It lifted the ban later that year.") == [(None, None)]


def test_a_background_measure_in_a_month_that_year_is_dated_in_that_year() -> None:
    evs = analyze_events("Chile on Monday cut its tariff on Argentine wine to 5 percent.\n\n"
                         "The feud began in 2016. Chile first put a 30 percent tariff on Argentine wine in "
                         "August that year, and Argentina answered later that month with duties on Chilean salmon.",
                         "2024-06-12", headline=True)
    first = find(evs, actor="CHL", action="impose")
    assert [e.event_date for e in first] == ["2016-08"]
    answer = find(evs, actor="ARG", instrument="tariff")
    assert [e.event_date for e in answer] == ["2016-08"]


def test_a_later_anchor_with_its_own_nearer_date_does_not_take_the_first_date() -> None:
    # "put duties on X in March 2015, then scrapped them in July 2017 under an accord between ...": the
    # accord stands nearer the second date, so it does not compete for the first
    evs = analyze_events("Peru on Monday cut its tariff on Chilean copper wire to 5 percent.\n\n"
                         "Lima first imposed duties of 40 percent on Chilean wine and 15 percent on Chilean salmon "
                         "in March 2015, then scrapped them in July 2017 under an accord between the two governments.",
                         "2024-06-12", headline=True)
    duties = find(evs, actor="PER", action="impose")
    assert duties and all(e.event_date == "2015-03" for e in duties)


def test_a_deal_named_as_what_did_not_happen_does_not_take_the_date_of_the_talks() -> None:
    # "talks ... broke up on Thursday without an agreement": no deal, so the day is the talks'
    evs = analyze_events("Peru on Monday raised tariffs on Chilean fruit to 20 percent.\n\n"
                         "Negotiations between Lima and Santiago broke up on Thursday without an agreement.",
                         "2024-06-17", headline=True)
    talks = find(evs, instrument="talks")
    assert [e.event_date for e in talks] == ["2024-06-13"]


def test_a_measure_decided_in_an_earlier_month_is_in_force_and_one_starting_later_is_announced() -> None:
    # status policy: a measure whose start has come (or that was decided weeks before the story and is not
    # paused) is in force; one that starts after the publication date is announced
    evs = analyze_events("Peru on Monday said it will raise tariffs on Chilean fruit to 20 percent from July 1.\n\n"
                         "Chile had eased its export controls on lithium to Peru in March.",
                         "2024-06-12", headline=True)
    assert [e.status for e in find(evs, actor="PER", action="raise")] == ["announced"]
    eased = find(evs, actor="CHL", action="ease")
    assert eased and all(e.status == "in_force" for e in eased)
