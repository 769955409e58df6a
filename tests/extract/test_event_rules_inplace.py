"""Rates already in place, told after a new measure, and measures taken "with" rates at a distance:
tested on sentences written for these tests (not from the dev set)."""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2025-08-02"):  # a Saturday
    return analyze_events(text, published, headline=True)


def test_a_rate_paid_since_an_earlier_month_is_a_measure_in_place_not_a_part_of_the_new_one() -> None:
    evs = events("President Donald Trump raised the tariff on EU goods to 30 per cent on Wednesday. "
                 "European cars have paid 25 per cent since March.")
    raised = find(evs, action="raise")
    assert [e.magnitude.text for e in raised] == ["30 per cent"], evs
    earlier = find(evs, actor="USA", target="EU", action="impose", event_date="2025-03")
    assert len(earlier) == 1 and earlier[0].subject == ("autos",) and earlier[0].status == "in_force", evs


def test_duties_in_force_since_a_month_are_imposed_then() -> None:
    evs = events("President Donald Trump raised the tariff on EU goods to 30 per cent on Wednesday. "
                 "The 25 per cent duties on European cars have been in force since March.")
    earlier = find(evs, action="impose", event_date="2025-03")
    assert len(earlier) == 1 and earlier[0].magnitude.text == "25 per cent", evs
    assert not find(evs, action="raise", event_date="2025-03"), evs


def test_a_country_rate_set_in_an_earlier_month_is_not_the_new_rate() -> None:
    evs = events("President Donald Trump raised the tariff on Indian goods to 50 per cent on Wednesday. "
                 "Indian exporters said the 25% rate set in April had already cost them orders.")
    earlier = find(evs, actor="USA", target="IND", magnitude=next(
        e.magnitude for e in evs if e.magnitude is not None and e.magnitude.value == 25.0))
    assert len(earlier) == 1 and earlier[0].action == "impose" and earlier[0].event_date == "2025-04", evs


def test_a_list_item_of_the_same_measure_still_takes_its_date() -> None:
    # the guard above must not split off the items of the measure itself
    evs = events("Beijing raised duties on American goods on Tuesday. Duties on soybeans will climb to 40% "
                 "under the same order.")
    items = [e for e in evs if e.magnitude is not None and e.magnitude.value == 40.0]
    assert len(items) == 1 and items[0].event_date == "2025-07-29" and items[0].action == "raise", evs


def test_charged_duties_are_imposed_and_charged_with_a_crime_is_not_an_event() -> None:
    evs = events("Washington charged duties of 25 per cent on European cars in March.")
    assert [(e.actor, e.target, e.action, e.event_date) for e in evs] == [("USA", "EU", "impose", "2025-03")], evs
    assert events("The executive was charged with fraud in March.") == []


def test_answered_with_counter_tariffs_reaches_past_a_date_and_a_rate() -> None:
    evs = events("Seoul answered the second wave in June with 15 per cent counter-tariffs on American beef.")
    assert [(e.actor, e.target, e.action, e.event_date) for e in evs] == [("KOR", "USA", "impose", "2025-06")], evs
