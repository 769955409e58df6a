"""Dates of events (ANNOTATION.md rule 8), on invented sentences: a date closes the verb phrase before
it, a state "in force since" a day starts on that day, dates told back against an earlier one."""

from __future__ import annotations

import datetime as dt

from event_helpers import analyze_events, find

from tradeshock.extract.dates import find_dates, resolve_told_periods


def events(text: str, published: str = "2023-11-08"):  # a Wednesday
    return analyze_events(text, published, headline=True)


def test_a_date_between_two_acts_in_sequence_dates_the_first() -> None:
    evs = events("Zambia on Tuesday appealed a tribunal ruling on its copper curbs.\n\n"
                 "Zambia first banned exports of raw copper concentrate in March 2015, then partly lifted "
                 "the ban on copper concentrate shipments in 2019.")
    ban = find(evs, actor="ZMB", instrument="export_control", action="impose")
    assert ban and ban[0].event_date == "2015-03"
    later = [e for e in evs if e.actor == "ZMB" and e.instrument == "export_control" and e.action != "impose"]
    assert later and later[0].event_date == "2019"


def test_a_measure_in_force_since_a_day_is_dated_by_that_day() -> None:
    evs = events("Soybean futures rose on Tuesday as traders weighed supply curbs elsewhere, among them "
                 "Argentina's halt to soybean shipments, in force since September 12.")
    halt = find(evs, actor="ARG", instrument="export_control")
    assert halt and halt[0].event_date == "2023-09-12"


def test_a_verb_acting_on_a_measure_in_force_since_keeps_its_own_day() -> None:
    evs = events("Mexico on Tuesday widened its tariffs on Brazilian steel, in force since March 2021, to cover wire rod.")
    wider = find(evs, actor="MEX", action="tighten")
    assert wider and wider[0].event_date == "2023-11-07"


def _told(first: str, then: str) -> list[tuple[str | None, str | None]]:
    pub = dt.date(2023, 11, 8)
    dates = [find_dates(first, pub), find_dates(then, pub)]
    resolve_told_periods(dates)
    return [(d.value, d.precision) for d in dates[1]]


def test_years_and_months_later_shift_the_date_told_before_at_its_precision() -> None:
    assert _told("Lima raised the duty in October 2012.", "Quito answered two years later.") == [("2014-10", "month")]
    assert _told("Lima raised the duty in 2012.", "Quito answered three years later.") == [("2015", "year")]
    assert _told("Lima raised the duty in October 2012.", "Talks had begun six months earlier.") == [("2012-04", "month")]
    assert _told("Lima raised the duty in 2012.", "Quito answered six months later.") == [(None, None)]


def test_a_background_act_a_year_later_keeps_the_month() -> None:
    evs = events("Taipei on Monday eased chip export rules.\n\n"
                 "Washington added the chipmaker to its Entity List in September 2019, and a year later the US "
                 "Treasury barred Americans from investing in the company.")
    barred = find(evs, instrument="investment_restriction")
    assert barred and barred[0].event_date == "2020-09"


def test_at_the_same_time_takes_the_date_told_before_in_its_sentence() -> None:
    evs = events("Ottawa on Tuesday opened a probe into Chinese steel dumping.\n\n"
                 "Washington lifted its 25 percent tariffs on Canadian steel in March 2016, and "
                 "Canada removed its own retaliatory duties at the same time.")
    removed = find(evs, actor="CAN", action="lower")
    assert removed and removed[0].event_date == "2016-03"
    assert _told("Seoul cut its duties in May 2019.", "At the same time, Tokyo kept its own.") == []


def test_a_measure_left_in_place_is_dated_by_the_clause_that_tells_when_it_was_put_on() -> None:
    evs = events("Wednesday's ruling leaves in place the curbs on exports of graphite to Japan that Beijing "
                 "first imposed in March 2021 and widened a year later.")
    curbs = find(evs, actor="CHN", instrument="export_control", action="impose")
    assert curbs and curbs[0].event_date == "2021-03"


def test_an_act_on_a_measure_keeps_its_own_day_over_the_measure_s_origin() -> None:
    evs = events("Beijing on Monday began collecting the tariffs on US pork that it announced in March.")
    levied = find(evs, actor="CHN", instrument="tariff")
    assert levied and levied[0].event_date == "2023-11-06"


def test_every_verb_of_a_when_clause_after_a_date_happened_that_day() -> None:
    evs = events("Oslo on Tuesday cut its fish export fees to revive the talks that Brussels had dropped on "
                 "Friday, when its trade chief called the fees unfair, said the talks were over, and threatened "
                 "to put new tariffs on Norwegian salmon.")
    threat = find(evs, actor="EU", action="threaten")
    assert threat and threat[0].event_date == "2023-11-03"


def test_the_origin_clause_after_the_goods_of_a_measure_dates_the_measure_put_on() -> None:
    evs = events("Australia on Tuesday lifted the tariffs on Chinese barley that it had imposed in May 2020.")
    lifted = find(evs, actor="AUS", action="lower")
    assert lifted and lifted[0].event_date == "2023-11-07"
    put_on = find(evs, actor="AUS", target="CHN", action="impose")
    assert put_on and put_on[0].event_date == "2020-05"


def test_a_participle_after_the_goods_dates_the_measure_not_the_act_on_it() -> None:
    evs = events("Seoul on Tuesday said it would lift its ban on Japanese seafood, imposed in 2013 after the "
                 "Fukushima disaster.")
    lift = find(evs, actor="KOR", action="ease")
    assert lift and lift[0].event_date == "2023-11-07"
    evs = events("Beijing's new tariffs on US soybeans, imposed on Monday, hit about 12 billion dollars of trade. "
                 "Washington answered a day later with duties on Chinese steel.")
    answer = find(evs, actor="USA", instrument="tariff")
    assert answer and answer[0].event_date == "2023-11-07"  # (the participle's Monday is still the news day)


def test_a_date_before_and_closes_the_first_verb_phrase_when_the_second_has_its_own() -> None:
    evs = events("Brussels opened an anti-dumping probe into Vietnamese plywood in 2016 and imposed duties of up "
                 "to 40 percent a year later.")
    probe = find(evs, actor="EU", instrument="other")
    assert probe and probe[0].event_date == "2016"
    duties = find(evs, actor="EU", instrument="tariff")
    assert duties and duties[0].event_date == "2017"


def test_a_second_verb_with_no_date_of_its_own_shares_the_first_one_s() -> None:
    evs = events("The Kenyan and Tanzanian presidents spoke by phone on Monday and agreed to hold trade talks in "
                 "Arusha.")
    told = [e for e in evs if e.instrument in ("talks", "agreement", "leader_call")]
    assert len(told) >= 2 and all(e.event_date == "2023-11-06" for e in told)
