"""A threat is dated by the day it was made, not by the day the threatened measure would start
(eval/README.md, "Dates of statements of intent"), on invented sentences."""

from __future__ import annotations

import datetime as dt

from event_helpers import analyze_events, find

from tradeshock.extract.dates import find_dates


def events(text: str, published: str = "2024-03-14"):  # a Thursday
    return analyze_events(text, published, headline=True)


def test_a_threat_with_a_start_date_takes_the_day_it_was_made() -> None:
    evs = events("On Monday Trump threatened to put a 40% tariff on Peruvian copper from April 1.")
    threat = find(evs, actor="USA", target="PER", instrument="tariff", action="threaten")
    assert threat and threat[0].event_date == "2024-03-11"


def test_a_deadline_in_a_threat_is_not_its_date() -> None:
    evs = events("Washington warned on March 4 that a 10% levy would hit Chilean wine from May 1 and rise "
                 "to 30% by September unless Santiago opened its dairy market.")
    threats = find(evs, actor="USA", target="CHL", instrument="tariff", action="threaten")
    assert threats and {e.event_date for e in threats} == {"2024-03-04"}


def test_an_undated_threat_gets_no_start_date() -> None:
    evs = events("Trump warned that Peruvian copper would face a 40% tariff starting next month.")
    threat = find(evs, actor="USA", target="PER", instrument="tariff", action="threaten")
    assert threat and threat[0].event_date is None


def test_a_measure_decided_keeps_its_effective_date() -> None:
    evs = events("On Monday Washington imposed a 40% tariff on Peruvian copper, effective April 1.")
    tariff = find(evs, actor="USA", target="PER", instrument="tariff", action="impose")
    assert tariff and tariff[0].event_date == "2024-04-01"


def test_a_deadline_month_lies_ahead_unless_told_in_the_perfect() -> None:
    day = dt.date(2024, 3, 14)
    assert [d.value for d in find_dates("and rise to 30% by September unless talks resume", day)] == ["2024-09"]
    assert [d.value for d in find_dates("exports had fallen by a third by September", day)] == ["2023-09"]
