"""Measures told in passing (round 15): a measure's own relative clause with its subject ("the duties on their
solar panels that it had imposed in 2019") after a long phrase of goods is the measure's origin, a background
event of its own beside what the main clause does to it; goods owned by "their" belong to the countries a
clause before names. Every sentence here is invented."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events, event_rows, find


@pytest.mark.parametrize(("text", "published", "want"), [
    ("Seoul and Taipei had protested for months before Washington agreed to scrap the duties on their solar "
     "panels that it had imposed in 2019.", "2021-03-01",
     {("USA", "KOR", "tariff", "impose", "2019"), ("USA", "TWN", "tariff", "impose", "2019")}),
    ("Ottawa will drop the surtax on imported Chinese electric buses which it had introduced in October 2024.",
     "2025-06-03", {("CAN", "CHN", "tariff", "impose", "2024-10")}),
    ("Canberra lifted the levies on Chinese aluminium wheels and extrusions that Australia first placed in 2020.",
     "2023-02-10", {("AUS", "CHN", "tariff", "impose", "2020")}),
])
def test_a_measures_own_relative_clause_with_a_subject_tells_its_origin(text: str, published: str,
                                                                        want: set[tuple[object, ...]]) -> None:
    rows = event_rows(text, published)
    assert want <= rows, rows


def test_the_act_on_the_measure_reaches_each_country_whose_goods_are_theirs() -> None:
    evs = analyze_events("Seoul and Taipei had protested for months before Washington agreed to scrap the duties on "
                         "their solar panels that it had imposed in 2019.", "2021-03-01", True)
    assert {e.target for e in find(evs, actor="USA", instrument="tariff", action="lower")} == {"KOR", "TWN"}, evs


# (guards against the rule reaching too far: both pass without it too; the ruling's case also checks that the
# levies' own origin is kept)
@pytest.mark.parametrize(("text", "published", "origin"), [
    # a clause that is no origin of the measure: a statement about it, undated
    ("Ottawa will lift the tariffs on US steel that it said were hurting builders.", "2025-06-03", None),
    # a court's ruling is no measure: the clause after it tells the levies' origin, not the ruling's
    ("The panel on Tuesday threw out the duties on Thai shrimp which Washington imposed in 2022.", "2024-09-05",
     ("USA", "THA", "tariff", "impose", "2022")),
])
def test_no_origin_without_a_dated_verb_of_origin_nor_for_a_ruling(text: str, published: str,
                                                                    origin: tuple[object, ...] | None) -> None:
    rows = event_rows(text, published)
    assert not [r for r in rows if r[3] == "impose" and r[2] != "tariff"], rows
    assert not [r for r in rows if r[3] == "impose" and r[4] is None], rows
    assert origin is None or origin in rows, rows


def test_their_goods_need_owners_in_an_earlier_clause() -> None:
    # the joint subjects of the act are not the goods' owners it is aimed at (a guard: passes without the rule;
    # a nearer owner of "their" is tested in test_event_rules_review17.py)
    evs = analyze_events("Paris and Rome welcomed the decision by Washington to cut tariffs on their wines.",
                         "2021-03-01", True)
    assert not find(evs, actor="USA", target="FRA") and not find(evs, actor="USA", target="ITA"), evs
