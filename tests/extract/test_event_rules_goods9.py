"""Subjects on unseen wording: goods named the way trade news names them, and country-wide rates told
with no goods, on sentences written for these tests (not from the dev set)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from event_helpers import analyze_events, find


def events(text: str, published: str = "2024-03-06"):  # a Wednesday
    return analyze_events(text, published, headline=True)


@pytest.mark.parametrize(("goods", "subject"), [
    ("chipmaking gear", "chipmaking_equipment"),
    ("wafer fabrication tools", "chipmaking_equipment"),
    ("lithography kit", "chipmaking_equipment"),
    ("semiconductor manufacturing tools", "chipmaking_equipment"),
    ("etch tools", "chipmaking_equipment"),
    ("high-end processors", "ai_chips"),
    ("data-centre chips", "ai_chips"),
    ("oil cakes", "agricultural_products"),
    ("palm olein", "agricultural_products"),
    ("agri-products", "agricultural_products"),
    ("lithium-ion cells", "lithium_batteries"),
    ("battery-powered cars", "ev"),
    ("military hardware", "defense"),
    ("fighter jets", "defense"),
    ("wind turbine blades", "industrial_goods"),
    ("networking kit", "telecom"),
    ("chipmaking software", "chip_design_software"),
])
def test_goods_as_trade_news_names_them(goods: str, subject: str) -> None:
    text = f"Ottawa imposed a 15% tariff on imports of {goods} from Peru on Monday."
    hits = find(events(text), instrument="tariff", actor="CAN")
    assert hits, events(text)
    assert subject in hits[0].subject, hits


def _all_goods_only(subject: tuple[str, ...]) -> bool:
    return subject == ("all_goods",)


# a rate laid on a country covers all its goods, unless the text bounds it by trade value or names the goods
@pytest.mark.parametrize(("text", "want", "subject_ok"), [
    pytest.param("Lima weighs a reply after Washington imposed a 27 per cent levy on Peru on Monday.",
                 {"actor": "USA", "target": "PER"}, _all_goods_only,
                 id="a_rate_laid_on_a_country_named_for_itself_is_on_all_its_goods"),
    pytest.param("Quito was stunned: the new rate is higher than the 18% levy that the White House had "
                 "announced for Ecuador on February 12.",
                 {"actor": "USA", "target": "ECU"}, lambda s: "all_goods" in s,
                 id="a_rate_announced_for_a_country_in_a_relative_clause_is_on_all_its_goods"),
    pytest.param("Cambodia was hit with a 36% tariff by the United States on Tuesday.",
                 {"actor": "USA", "target": "KHM"}, _all_goods_only,
                 id="a_country_hit_with_a_rate_has_all_its_goods_covered"),
    pytest.param("Washington imposed a 20% tariff on $15 billion of trade with Peru on Monday.",
                 {"actor": "USA"}, lambda s: "all_goods" not in s,
                 id="a_rate_on_a_country_by_trade_value_keeps_no_goods"),
    pytest.param("Washington imposed a 20% tariff on Peru's copper on Monday.",
                 {"actor": "USA"}, lambda s: s == ("critical_minerals",),
                 id="a_rate_on_a_country_s_named_goods_keeps_those_goods"),
])
def test_the_goods_of_a_rate_on_a_country(text: str, want: dict[str, str],
                                         subject_ok: Callable[[tuple[str, ...]], bool]) -> None:
    hits = find(events(text), instrument="tariff", **want)
    assert hits, events(text)
    assert subject_ok(hits[0].subject), hits


def test_a_tariff_on_a_country_with_no_rate_is_not_read_as_all_goods() -> None:
    text = "Washington imposed duties on Peru on Monday."
    hits = find(events(text), actor="USA", target="PER", instrument="tariff", action="impose")
    assert hits and "all_goods" not in hits[0].subject, hits


def test_goods_that_face_a_rate_are_its_goods() -> None:
    text = "Washington said on Monday that frozen durians from Thailand would face a 20% tariff from May 1."
    hits = find(events(text), instrument="tariff", actor="USA")
    assert hits, events(text)
    assert "agricultural_products" in hits[0].subject, hits


def test_goods_listed_before_face_are_the_goods_of_the_duty() -> None:
    text = "Peruvian seafood, including squid and scallops, faces the new 18 per cent duty, Washington said on Monday."
    hits = find(events(text), instrument="tariff", actor="USA")
    assert hits, events(text)
    assert "agricultural_products" in hits[0].subject, hits


def test_a_levy_above_a_quota_takes_the_good_the_article_is_about() -> None:
    text = ("Aluminium smelters cheer Ottawa's new regime\n\n"
            "Canada will cap aluminium imports from countries without a trade deal, officials said on Monday. "
            "Foreign aluminium has flooded the market since 2023, and domestic aluminium makers have lost sales. "
            "Ottawa will impose a 30 per cent surtax on shipments above the quota from March 1, the ministry said.")
    hits = [e for e in find(events(text), instrument="tariff", actor="CAN") if "30" in (e.magnitude.text if e.magnitude else "")]
    assert hits, events(text)
    assert hits[0].subject == ("aluminum",), hits


def test_a_levy_with_no_quota_does_not_take_the_article_s_good() -> None:
    text = ("Aluminium smelters wait\n\n"
            "Foreign aluminium has flooded the market since 2023, and domestic aluminium makers have lost sales. "
            "Ottawa will impose a 30 per cent surtax on $2 billion of imports from March 1, the ministry said.")
    hits = find(events(text), instrument="tariff", actor="CAN")
    assert find(hits, action="impose", event_date="2024-03-01"), hits
    assert all(e.subject != ("aluminum",) for e in hits), hits


def test_a_rate_on_any_country_of_a_kind_is_on_all_goods() -> None:
    text = "Washington said on Sunday it would impose a 12% tariff on any country buying oil from Caracas."
    hits = find(events(text), instrument="tariff", actor="USA")
    assert hits, events(text)
    assert hits[0].subject == ("all_goods",), hits


def test_goods_a_country_is_punished_for_buying_are_not_the_tariff_s() -> None:
    text = "Washington imposed a 20% tariff on Hungary on Tuesday over its purchases of Iranian gas."
    hits = find(events(text), instrument="tariff", actor="USA", target="HUN")
    assert hits, events(text)
    assert hits[0].subject == ("all_goods",), hits


def test_goods_let_off_a_country_rate_are_not_its_goods() -> None:
    text = "Washington imposed a 15% tariff on Chile on Tuesday, sparing wine and salmon."
    hits = find(events(text), instrument="tariff", actor="USA", target="CHL")
    assert hits, events(text)
    assert hits[0].subject == ("all_goods",), hits


def test_ordinary_words_are_not_goods() -> None:
    text = "Ottawa imposed a 15% tariff on Peruvian cars on Monday to cement its leverage in the talks."
    hits = find(events(text), instrument="tariff", actor="CAN")
    assert hits and hits[0].subject == ("autos",), hits
    text = "Ottawa and Lima held talks on Monday, giving ammunition to critics of the deal."
    assert all("defense" not in e.subject for e in events(text))
