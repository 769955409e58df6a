"""Rates told the ways trade news tells them: specific (per-unit) duties, ad valorem levies, "pc",
goods lists whose origin is a string of adjectives, on sentences written for these tests (not from
the dev set)."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events, find

from tradeshock.extract.quantities import find_quantities


def events(text: str, published: str = "2023-11-17"):  # a Friday
    return analyze_events(text, published, headline=True)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("a duty of 140 euros a tonne", 140.0, "EUR/tonne"),
    ("fees of 260 yuan per net ton", 260.0, "CNY/ton"),
    ("a charge of $18 per metric ton", 18.0, "USD/ton"),
    ("Rs 3,100 per tonne", 3100.0, "INR/tonne"),
    ("1.75 euros per kilo", 1.75, "EUR/kilo"),
    ("C$85 a tonne", 85.0, "CAD/tonne"),
    ("40 rupees a kilogram", 40.0, "INR/kilogram"),
])
def test_a_specific_duty_is_a_rate_with_its_unit(text: str, value: float, unit: str) -> None:
    qs = [q for q in find_quantities(text) if q.kind == "rate"]
    assert [(q.value, q.unit) for q in qs] == [(value, unit)], qs


def test_a_trade_value_is_not_a_specific_duty() -> None:
    assert "rate" not in [q.kind for q in find_quantities("$18 billion of goods at $5 each time")]


def test_pc_is_a_percentage() -> None:
    assert [(q.value, q.unit) for q in find_quantities("a 35pc levy")] == [(35.0, "%")]


def test_a_specific_anti_dumping_duty_keeps_its_unit_as_magnitude() -> None:
    text = "Canada imposed an anti-dumping duty of C$210 per tonne on Brazilian sugar on Tuesday."
    hits = find(events(text), actor="CAN", target="BRA", instrument="tariff", action="impose")
    assert hits and hits[0].magnitude is not None and hits[0].magnitude.text == "C$210 per tonne", hits


def test_goods_of_two_origins_that_will_pay_a_specific_duty() -> None:
    text = "The EU said on Monday that Syrian and Iranian barley, oats and other feed grains will pay 70 euros a tonne."
    evs = events(text)
    for target in ("SYR", "IRN"):
        hits = find(evs, actor="EU", target=target, instrument="tariff", action="impose")
        assert hits and hits[0].magnitude.text == "70 euros a tonne", evs


def test_goods_that_will_face_an_ad_valorem_levy() -> None:
    text = "Ottawa said on Thursday that Peruvian asparagus will face an ad valorem levy of 35 per cent."
    hits = find(events(text), actor="CAN", target="PER", instrument="tariff", action="impose")
    assert hits and hits[0].magnitude.text == "35 per cent", hits
    assert str(hits[0].event_date) == "2023-11-16"


def test_a_second_clause_whose_goods_face_a_levy_takes_the_sentence_parties() -> None:
    text = ("Brussels said on Monday that Serbian wheat will pay 60 euros a tonne, while sunflower seeds will face a "
            "levy of 30 per cent.")
    evs = events(text)
    assert find(evs, actor="EU", target="SRB", instrument="tariff", action="impose"), evs
    assert any(e.magnitude and e.magnitude.text == "30 per cent" for e in find(evs, actor="EU", target="SRB")), evs


def test_an_elliptical_second_rate_takes_its_own_goods() -> None:
    text = "Lima imposed a 20 per cent tariff on Chilean wine and a 12 per cent one on Chilean apples on Monday."
    evs = find(events(text), actor="PER", target="CHL", instrument="tariff", action="impose")
    assert sorted(e.magnitude.text for e in evs) == ["12 per cent", "20 per cent"], evs


def test_a_later_rate_of_a_list_far_from_the_instrument_takes_the_goods_after_it() -> None:
    text = ("When Ottawa imposed a 30 per cent tariff on imported steel in June last year, and a 15 per cent one "
            "on aluminium, builders protested.")
    evs = find(events(text), actor="CAN", instrument="tariff", action="impose")
    rates = {e.magnitude.text: e.subject for e in evs}
    assert rates.get("30 per cent") == ("steel",), evs
    assert rates.get("15 per cent") == ("aluminum",), evs


def test_a_rate_laid_on_goods_with_no_instrument_word() -> None:
    text = "Jakarta will slap 40% on Thai sugar and 15% on Thai rubber from April 1."
    evs = find(events(text, "2022-03-10"), actor="IDN", target="THA", instrument="tariff", action="impose")
    assert sorted(e.magnitude.text for e in evs) == ["15%", "40%"], evs
    assert all(str(e.event_date) == "2022-04-01" for e in evs), evs


def test_a_rate_charged_on_a_tax_base_is_no_tariff() -> None:
    text = "The levy, passed last year, charges 2 per cent on revenue that large platforms earn in Peru."
    evs = events(text)
    assert not [e for e in evs if e.magnitude and e.magnitude.text == "2 per cent"]
    assert not find(evs, instrument="tariff"), evs  # a tax on revenue, at no rate, is no tariff at all


def test_the_rest_after_a_second_rate_is_all_goods() -> None:
    text = "Hanoi will levy 18 per cent on Cambodian steel, and 6 per cent on the rest, from next month."
    evs = find(events(text), actor="VNM", target="KHM", instrument="tariff")
    by_rate = {e.magnitude.text: e.subject for e in evs}
    assert by_rate.get("18 per cent") == ("steel",), evs
    assert by_rate.get("6 per cent") == ("all_goods",), evs


def test_everything_else_is_all_goods() -> None:
    text = "Washington set a 45% tariff on Peruvian copper and 20% on everything else from Peru on Tuesday."
    evs = find(events(text), actor="USA", target="PER", instrument="tariff")
    assert any(e.subject == ("all_goods",) and e.magnitude.text == "20%" for e in evs), evs


def test_setting_a_duty_imposes_it() -> None:
    text = "Brazil set a duty of 35 per cent on Argentine wheat flour on Wednesday."
    hits = find(events(text), actor="BRA", target="ARG", instrument="tariff", action="impose")
    assert hits and hits[0].magnitude.text == "35 per cent", hits
