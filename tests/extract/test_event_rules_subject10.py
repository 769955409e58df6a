"""Subjects of measures told away from the measure word: goods a measure is said to cover in a clause
of its own or in the next sentence. Sentences invented for these tests (not from the dev set)."""

from __future__ import annotations

from event_helpers import analyze_events, find


def events(text: str, published: str = "2024-03-15"):  # a Friday
    return analyze_events(text, published, headline=True)


def test_a_relative_clause_tells_the_goods_a_country_wide_measure_covers() -> None:
    evs = events("Kenya on Monday announced tariffs of 35 per cent on Ugandan products, which apply to sugar, "
                 "milk and maize.")
    hits = find(evs, actor="KEN", instrument="tariff")
    assert hits, evs
    assert hits[0].subject == ("agricultural_products",), hits


def test_a_participle_or_apposition_tells_the_goods_covered() -> None:
    evs = events("Colombia put a 40% duty on Ecuadorian imports on Tuesday, a measure aimed at electricity and crude oil.")
    hits = find(evs, actor="COL", instrument="tariff")
    assert hits and hits[0].subject == ("energy",), evs
    evs = events("Jakarta slapped duties of up to 200 per cent on Chinese goods on Monday, aimed chiefly at "
                 "textiles, footwear and ceramics.")
    hits = find(evs, actor="IDN", instrument="tariff")
    assert hits and hits[0].subject == ("industrial_goods",), evs


def test_the_next_sentence_tells_the_goods_of_the_measure() -> None:
    evs = events("Peru imposed new duties on Bolivian imports on Tuesday. The levies cover cement, glass and "
                 "ceramic tiles.")
    hits = find(evs, actor="PER", instrument="tariff")
    assert hits and hits[0].subject == ("industrial_goods",), evs
    evs = events("Seoul imposed a 15% levy on Chinese imports on Tuesday. It falls mostly on steel plate and "
                 "hot-rolled coil.")
    hits = find(evs, actor="KOR", instrument="tariff")
    assert hits and hits[0].subject == ("steel",), evs
    evs = events("Turkey imposed additional tariffs on American imports on Wednesday. Rice, cars, alcohol and "
                 "tobacco are on the list.")
    hits = find(evs, actor="TUR", instrument="tariff")
    assert hits and set(hits[0].subject) == {"agricultural_products", "autos"}, evs


def test_a_measure_told_by_a_number_of_products_takes_the_goods_listed_next() -> None:
    evs = events("Britain will cut tariffs on 100 Indian products from May 1. They include dates, olive oil and "
                 "cotton shirts.")
    hits = find(evs, actor="GBR", instrument="tariff")
    assert hits and "agricultural_products" in hits[0].subject, evs


def test_all_of_a_countrys_goods_stay_when_told_as_all() -> None:
    evs = events("Pretoria put a 30 per cent tariff on all Chinese imports on Tuesday, hitting tyres and cars hardest.")
    hits = find(evs, actor="ZAF", instrument="tariff")
    assert hits and "all_goods" in hits[0].subject, evs


def test_a_next_sentence_about_something_else_lends_no_goods() -> None:
    evs = events("Peru imposed new duties on Bolivian imports on Tuesday. Farmers cover the cost of cement and glass.")
    hits = find(evs, actor="PER", instrument="tariff")
    assert hits and hits[0].subject == ("all_goods",), evs


def test_a_possessive_measure_told_again_takes_the_goods_of_the_owners_measure() -> None:
    evs = events("Australia slapped an 80% tariff on Chinese aluminium extrusions in 2022. Canberra doubled its "
                 "tariff on Wednesday.")
    hits = find(evs, actor="AUS", action="raise")
    assert hits and hits[0].subject == ("aluminum",), evs
    evs = events("Brazil raised tariffs on imported solar panels to 25% in January. Brasilia suspended its tariffs "
                 "on Thursday for six months.")
    hits = find(evs, actor="BRA", action="suspend")
    assert hits and hits[0].subject == ("solar_cells",), evs


def test_a_possessive_measure_of_another_government_lends_no_goods() -> None:
    evs = events("Australia slapped an 80% tariff on Chinese aluminium extrusions in 2022. Beijing doubled its "
                 "tariff on Wednesday.")
    assert find(evs, actor="CHN", instrument="tariff", action="raise", event_date="2024-03-13")
    hits = find(evs, actor="CHN", action="raise")
    assert all("aluminum" not in e.subject for e in hits), evs


def test_a_bare_ban_told_again_is_the_ban_told_before_with_its_goods() -> None:
    evs = events("Ghana banned imports of frozen poultry from Brazil in January. Accra lifted the ban on Wednesday.")
    hits = find(evs, actor="GHA", instrument="import_restriction", action="ease")
    assert hits and hits[0].subject == ("agricultural_products",), evs
    evs = events("Malaysia said on Monday it would ban exports of raw bauxite. The ban was lifted on Thursday.")
    hits = find(evs, actor="MYS", instrument="export_control", action="ease")
    assert hits and hits[0].subject == ("aluminum",), evs


def test_the_controls_told_again_are_the_export_controls_told_before() -> None:
    evs = events("Tokyo tightened export controls on chipmaking tools in July. Japan eased the controls on Tuesday.")
    hits = find(evs, actor="JPN", instrument="export_control", action="ease")
    assert hits and hits[0].subject == ("chipmaking_equipment",), evs


def test_controls_of_no_kind_told_before_are_no_measure() -> None:
    evs = events("Tokyo tightened capital controls in July. Japan eased the controls on Tuesday.")
    assert not find(evs, instrument="export_control"), evs
    assert evs == [], evs  # capital controls: no trade event at all


def test_a_definite_measure_with_any_modifier_told_again_takes_the_goods_told_before() -> None:
    evs = events("Ankara imposed hefty levies on Chinese electric cars last year. Ankara doubled the hefty levies on "
                 "Wednesday.")
    hits = find(evs, actor="TUR", action="raise")
    assert hits and hits[0].subject == ("ev",), evs
    evs = events("Peru imposed a 25% safeguard levy on imported sugar in 2022. Lima raised the emergency levy to 35% "
                 "on Tuesday.")
    hits = find(evs, actor="PER", action="raise")
    assert hits and hits[0].subject == ("agricultural_products",), evs


def test_the_other_duties_are_not_the_measure_told_before() -> None:
    evs = events("Ankara imposed hefty levies on Chinese electric cars last year. Ankara doubled the other levies on "
                 "Wednesday.")
    assert find(evs, actor="TUR", target="CHN", action="raise", event_date="2024-03-13")
    hits = find(evs, actor="TUR", action="raise")
    assert all("ev" not in e.subject for e in hits), evs


def test_a_coverage_clause_inside_the_measures_own_clause() -> None:
    evs = events("Manila announced tariffs on Thai imports on Wednesday that will apply to cement and glass bottles.")
    hits = find(evs, actor="PHL", instrument="tariff")
    assert hits and hits[0].subject == ("industrial_goods",), evs
