"""Background measures told as a noun phrase with a clause of their own, on invented text.

A measure no verb of its sentence acts on is still an event when its own relative or participle
clause tells, with a date, how it began ("the levies that Ottawa imposed in May", "tariffs on
cheese, introduced in 2019 by ...", "..., both of which took effect last March").
"""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2025-06-20"):  # a Friday
    return analyze_events(text, published, headline=True)


def of(evs, instrument: str):
    return [e for e in evs if e.instrument == instrument]


def test_a_relative_clause_with_a_government_subject_tells_the_measures_origin() -> None:
    evs = events("Mexican growers want an answer soon. Exporters have struggled with the anti-dumping duties "
                 "of up to 21 per cent that Ottawa imposed in February.")
    origin = [e for e in of(evs, "tariff") if e.action == "impose" and e.actor == "CAN"]
    assert len(origin) == 1
    assert origin[0].event_date == "2025-02"


def test_a_participle_with_a_date_and_an_agent_tells_the_measures_origin() -> None:
    evs = events("Dairy farmers in Wisconsin are worried. They still resent Indian duties on American "
                 "cheese, introduced in 2019 by the Modi government.")
    origin = [e for e in of(evs, "tariff") if e.action == "impose"]
    assert [(e.actor, e.target, e.event_date) for e in origin] == [("IND", "USA", "2019")]


def test_an_unowned_participle_is_the_origin_of_the_main_clauses_measure() -> None:
    evs = events("Trump said on Thursday that Peruvian goods would be charged 12 per cent, down from the "
                 "28 per cent rate set in March.")
    earlier = [e for e in of(evs, "tariff") if e.event_date == "2025-03"]
    assert [(e.actor, e.target, e.action) for e in earlier] == [("USA", "PER", "impose")]


def test_a_list_created_is_announced() -> None:
    evs = events("Beijing said on Monday it would use the unreliable entity list of foreign firms it set "
                 "up in January against two American drone makers.")
    created = [e for e in of(evs, "entity_list") if e.event_date == "2025-01"]
    assert [(e.actor, e.action) for e in created] == [("CHN", "announce")]


def test_both_of_which_took_effect_dates_each_measure_of_the_list() -> None:
    evs = events("Beijing said its duties answered Mexico's 50 per cent tariff on Chinese cars and its "
                 "30 per cent levy on Chinese textiles, both of which took effect last March.")
    started = [e for e in of(evs, "tariff") if e.actor == "MEX" and e.event_date == "2025-03"]
    assert {e.magnitude.text for e in started} == {"50 per cent", "30 per cent"}


def test_a_plan_set_for_a_month_is_no_origin() -> None:
    evs = events("Shippers are racing to beat the tariffs set for August on Vietnamese furniture.")
    # tariffs set for a month ahead began nothing: no tariff in force, of any action or date
    assert not [e for e in of(evs, "tariff") if e.status == "in_force"], evs


def test_a_probe_referred_back_to_in_a_trade_remedy_story_is_its_opening() -> None:
    evs = events("India on Tuesday imposed anti-dumping duties of up to 44 per cent on Chinese glass "
                 "fibre. The probe had been opened in October.")
    opened = [e for e in of(evs, "other") if e.action == "announce"]
    assert [(e.actor, e.target, e.event_date) for e in opened] == [("IND", "CHN", "2024-10")]


def test_an_inquiry_opened_by_a_ministry_takes_the_last_duties_goods() -> None:
    evs = events("Turkey said on Monday it would charge anti-subsidy duties of 18 per cent on steel from "
                 "Vietnam. Its trade ministry opened its investigation in March last year.")
    opened = [e for e in of(evs, "other") if e.action == "announce"]
    assert [(e.actor, e.target, e.subject, e.event_date) for e in opened] == [
        ("TUR", "VNM", ("steel",), "2024-03")]


def test_a_probe_outside_a_trade_remedy_story_is_no_event() -> None:
    evs = events("Canada raised its tariff on Chinese steel to 40 per cent on Monday. The investigation "
                 "was opened in May.")
    assert find(evs, actor="CAN", target="CHN", instrument="tariff", action="raise")
    assert not of(evs, "other")
