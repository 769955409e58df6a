"""One event per measure (ANNOTATION.md 2): rates told for goods and for several countries, the same
measure restated, a later telling that adds the detail; on sentences written for these tests."""

from __future__ import annotations

from event_helpers import analyze_events, find


def _rows(text: str, published: str = "2023-04-14") -> set[tuple[object, ...]]:
    return {(e.actor, e.target, tuple(e.subject), e.magnitude.text if e.magnitude else None)
            for e in find(analyze_events(text, published, headline=True), instrument="tariff")}


def test_rates_on_goods_for_several_countries_are_goods_times_countries() -> None:
    text = "Pretoria on Monday imposed a 30% duty on wheat and 12% on poultry from Argentina, Brazil and Uruguay."
    rows = _rows(text)
    assert rows == {("ZAF", country, ("agricultural_products",), rate)
                    for country in ("ARG", "BRA", "URY") for rate in ("30%", "12%")}


def test_rates_on_goods_each_with_its_country() -> None:
    text = "Canberra said it would put duties of 18 per cent on Indian steel and 9 per cent on Thai aluminium."
    rows = _rows(text)
    assert ("AUS", "IND", ("steel",), "18 per cent") in rows
    assert ("AUS", "THA", ("aluminum",), "9 per cent") in rows
    assert len(rows) == 2


def test_a_rate_told_again_as_a_total_in_the_same_sentence_is_one_event() -> None:
    text = "Jakarta put a 12% duty on Thai rice on Wednesday, bringing the overall levy to 32%."
    assert _rows(text) == {("IDN", "THA", ("agricultural_products",), "12%")}
    text = "Jakarta put an extra 12% duty on Thai rice on Wednesday, for a total of 32%."
    assert _rows(text) == {("IDN", "THA", ("agricultural_products",), "12%")}


def test_a_total_told_in_the_next_sentence_is_no_new_event() -> None:
    text = ("Jakarta put a 12% duty on Thai rice on Wednesday. "
            "That takes the combined tariff on the grain to 32%, officials said.")
    assert _rows(text) == {("IDN", "THA", ("agricultural_products",), "12%")}
    text = "Jakarta put a 12% duty on Thai rice on Wednesday. The total charge on the grain now stands at 32%."
    assert _rows(text) == {("IDN", "THA", ("agricultural_products",), "12%")}


def test_a_rate_of_another_clause_is_not_raised_with_the_measure() -> None:
    text = "Brazil's truck duties double to 40% as Chile keeps its 8% rate."
    evs = find(analyze_events(text, "2023-04-14", headline=True), instrument="tariff")
    # the measure is raised once, to 40%; the 8% told in the other clause is no second raise or new duty
    assert [(e.actor, e.magnitude.text if e.magnitude else None) for e in find(evs, action="raise")] == [
        ("BRA", "40%")], evs
    assert not find(evs, action="impose"), evs


def test_a_rate_of_another_clause_is_not_a_second_rate_of_the_measure() -> None:
    text = "Brazil's truck duties double to 40% as Chile keeps its 8% rate."
    rows = _rows(text)
    assert {r[3] for r in rows} == {"40%"}


def test_a_rate_changed_from_one_level_to_another_is_one_event_at_the_new_rate() -> None:
    text = ("The exporter said Ottawa had raised the duty on its bicycles sold in Canada from 8 per cent to 26 per cent "
            "on Thursday.")
    rows = _rows(text)
    assert {r[3] for r in rows} == {"26 per cent"}


def test_a_threatened_rate_climbing_in_steps_is_a_second_level_dated_by_the_warning() -> None:
    # a threat is dated by the day it was made, not by when each level would apply (eval/README.md)
    text = ("Rome warned on Tuesday that a 4% levy would hit all goods from Tunisia from July 1 and would go up in "
            "quarterly steps to as much as 20% by December unless the two sides reached a deal.")
    evs = find(analyze_events(text, "2022-05-20", headline=True), instrument="tariff", action="threaten")
    assert {(e.magnitude.text if e.magnitude else None, e.event_date) for e in evs} == {
        ("4%", "2022-05-17"), ("20%", "2022-05-17")}


def test_an_existing_rate_that_will_rise_is_one_raise_at_the_new_rate() -> None:
    text = "Rome said the 12% duty on Tunisian olive oil will rise to 18% on March 1."
    evs = find(analyze_events(text, "2022-02-10", headline=True), instrument="tariff")
    assert [(e.action, e.magnitude.text if e.magnitude else None) for e in evs] == [("raise", "18%")]


def test_a_measure_on_a_countrys_goods_told_again_with_its_goods_rate_and_start_is_one_event() -> None:
    text = ("Peru slapped retaliatory tariffs on Chilean goods on Monday. "
            "The levies, of up to 15 percent, cover grapes, salmon and wine and take effect on October 3.")
    evs = find(analyze_events(text, "2022-09-28", headline=True), instrument="tariff")
    assert [(e.actor, e.target, e.subject, e.magnitude.text if e.magnitude else None, e.event_date)
            for e in evs] == [("PER", "CHL", ("agricultural_products",), "15 percent", "2022-10-03")]


def test_one_rate_put_by_two_sides_on_each_other_is_each_sides_rate() -> None:
    rows = _rows("Hanoi and Manila imposed 8% duties on each other's cement on Thursday.")
    assert {(r[0], r[1], r[3]) for r in rows} == {("VNM", "PHL", "8%"), ("PHL", "VNM", "8%")}
