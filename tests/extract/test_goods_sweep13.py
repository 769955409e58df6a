"""Goods sweep 13: the goods of a measure told in the many ways outlets write them (goods that bear a measure
named before it, a country's goods told as "everything it sells", the noun "crude", trade-remedy product
names). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from tests.extract.event_helpers import analyze_events

PUB = "2025-03-12"


def _subjects(text: str) -> list[tuple[str, ...]]:
    return [e.subject for e in analyze_events(text, PUB, headline=True)]


@pytest.mark.parametrize(("text", "want"), [
    # the goods are the subject of a verb that bears the measure after it
    ("Ottawa tightened its trade defences on Tuesday. Brazilian rebar will now be charged a 30% surtax, "
     "officials said.", "steel"),
    ("Seoul widened its safeguard on Tuesday. Thai refrigerators were hit with a 40% safeguard duty.",
     "industrial_goods"),
    ("Canberra answered the move on Tuesday. Chilean cherries and walnuts will be subject to an extra 12% levy.",
     "agricultural_products"),
    ("London acted on Tuesday. Imports of Turkish aluminium will be subject to a 22% anti-dumping duty.",
     "aluminum"),
    ("Tokyo moved against Seoul on Tuesday. Shipments of hydrogen fluoride to Korea will require a licence "
     "from next month.", "industrial_goods"),
    ("New Delhi acted against Beijing on Tuesday. Chinese solar glass will face a 38% countervailing duty, "
     "the ministry said.", "solar_cells"),
])
def test_goods_that_bear_the_measure(text: str, want: str) -> None:
    # (exactly these goods: no goods of a relative clause on the subject, review15 1)
    assert _subjects(text) == [(want,)]


@pytest.mark.parametrize("text", [
    "Trump vowed on Tuesday to put a 35% tariff on everything Colombia sells to the United States.",
    "Washington will lift the levy on everything Hanoi ships to America to 40% on Thursday.",
    "Trump warned on Tuesday of a 60% tariff on anything coming in from Canada.",
    "The White House set a 45% duty on products made in Cambodia on Tuesday.",
    "Washington raised its tariff on the rest of Thailand's exports to 36% on Tuesday.",
])
def test_a_countrys_whole_trade_is_all_goods(text: str) -> None:
    subjects = _subjects(text)
    assert subjects and all(s == ("all_goods",) for s in subjects)


def test_ships_after_everything_is_the_verb() -> None:
    subjects = _subjects("Washington will lift the levy on everything Hanoi ships to America to 40% on Thursday.")
    assert subjects == [("all_goods",)]


@pytest.mark.parametrize("text", [
    "Ottawa's ban on Venezuelan seaborne crude takes hold on Thursday.",
    "Seoul stopped imports of Iranian crude on Thursday.",
])
def test_crude_as_a_noun(text: str) -> None:
    assert any("energy" in s for s in _subjects(text))


def test_crude_as_an_adjective_is_no_good() -> None:
    # (a guard: the goods rules before round 13 read it right too; "a form of crude protectionism", which
    # they did not, is in test_event_rules_review15.py)
    subjects = _subjects("Brussels made a crude attempt to ban Chinese plywood on Thursday.")
    assert subjects == [("industrial_goods",)]


@pytest.mark.parametrize(("text", "want"), [
    ("Ottawa set anti-dumping duties on Vietnamese galvanised sheet on Thursday.", "steel"),
    ("Mexico set duties of 18% on Korean seamless pipes on Thursday.", "steel"),
    ("Brussels set duties on Thai polycarbonate on Thursday.", "industrial_goods"),
    ("Washington set duties on Indian quartz surface products on Thursday.", "industrial_goods"),
    ("Brussels set duties on Chinese mobile access equipment on Thursday.", "industrial_goods"),
    ("Washington set duties on Chinese erythritol on Thursday.", "agricultural_products"),
    ("Washington put a 30% tariff on Chinese oilfield equipment on Thursday.", "industrial_goods"),
])
def test_trade_remedy_product_names(text: str, want: str) -> None:
    subjects = _subjects(text)
    assert subjects and all(want in s for s in subjects)
    assert all("energy" not in s for s in subjects) or want == "energy"


@pytest.mark.parametrize(("text", "want"), [
    ("Beijing halted purchases of Canadian canola in March. China resumed the purchases on Tuesday.",
     "agricultural_products"),
    ("Jakarta banned exports of nickel ore in January. Indonesia lifted the ban on Tuesday.", "critical_minerals"),
])
def test_a_verb_anchor_with_a_definite_noun_takes_the_goods_told_before(text: str, want: str) -> None:
    evs = analyze_events(text, PUB, headline=True)
    later = [e for e in evs if e.evidence.start > text.index(". ") + 9]
    assert later and all(want in e.subject for e in later)


def test_a_use_told_before_the_measure_is_not_its_goods() -> None:
    subjects = _subjects("Shipments of indium and bismuth, both used in solar panels, have required Chinese "
                         "licences since May 2024.")
    assert subjects and all("solar_cells" not in s for s in subjects)


@pytest.mark.parametrize("text", [
    "Tokyo said on Tuesday that exporters of machines for making memory chips will need licences.",
    "Seoul banned exports of equipment used to produce advanced semiconductors to Russia on Tuesday.",
])
def test_tools_for_making_chips_are_chipmaking_equipment(text: str) -> None:
    subjects = _subjects(text)
    assert subjects and all(s == ("chipmaking_equipment",) for s in subjects)


@pytest.mark.parametrize("text", [
    "Trump warned on Friday of a 150% tariff on French Champagne.",
    "Ottawa said on Friday it would put a 20% surtax on imported Champagne.",
])
def test_a_goods_word_that_is_also_a_surname_is_the_goods(text: str) -> None:
    subjects = _subjects(text)
    assert subjects and all("agricultural_products" in s for s in subjects)


def test_the_surname_after_a_title_stays_a_name() -> None:
    evs = analyze_events("Industry Minister Champagne said on Friday Canada would put a 25% tariff on US steel.", PUB,
                         headline=True)
    assert [e.subject for e in evs] == [("steel",)]


def test_airliner_models_are_aircraft() -> None:
    subjects = _subjects("Brussels put a 12% tariff on American 787s on Friday.")
    assert subjects and all(s == ("aircraft",) for s in subjects)
