"""Dates of events (ANNOTATION.md rule 8), on invented sentences: a date closes the verb phrase before
it, a state "in force since" a day starts on that day, dates told back against an earlier one."""

from __future__ import annotations

from event_helpers import analyze_events, find


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
