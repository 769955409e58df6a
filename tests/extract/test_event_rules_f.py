"""Event rules found on the f-articles (Chinese duties on Australian goods), tested on sentences
written for these tests (not from the dev set)."""

from __future__ import annotations

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def events(text: str, published: str = "2022-09-16"):  # a Friday
    return analyze(Article(text=text, published=published)).events


def find(evs, **want):
    return [e for e in evs if all(getattr(e, k) == v for k, v in want.items())]


def test_grains_and_soft_commodities_are_farm_goods() -> None:
    evs = events("Grain row\n\nMorocco imposed a 40% tariff on barley from Ukraine on Monday.")
    assert find(evs, actor="MAR", instrument="tariff") and "agricultural_products" in find(evs, actor="MAR")[0].subject, evs
    evs = events("Sugar row\n\nIndonesia imposed a 15% tariff on sugar from Thailand on Monday.")
    assert find(evs, actor="IDN") and "agricultural_products" in find(evs, actor="IDN")[0].subject, evs


def test_another_countrys_commerce_ministry_is_not_the_us_department() -> None:
    evs = events("Levies go\n\nSeoul's Commerce Ministry said on Tuesday it would scrap its duties on Brazilian steel.")
    assert find(evs, actor="KOR", target="BRA", instrument="tariff"), evs
    assert not find(evs, actor="USA"), evs


def test_suppliers_named_by_a_demonym_are_the_target() -> None:
    evs = events("Meat row\n\nOn Monday, Indonesia halted chicken imports from three Brazilian poultry exporters.")
    assert find(evs, actor="IDN", target="BRA"), evs


def test_confirming_duties_imposes_them() -> None:
    evs = events("Final ruling\n\nIndia has confirmed anti-dumping duties of up to 35 per cent on Vietnamese steel.")
    assert find(evs, actor="IND", target="VNM", instrument="tariff", action="impose"), evs


def test_a_date_between_a_removal_and_its_of_phrase_keeps_the_action() -> None:
    evs = events("Thaw\n\nTrade has recovered since the scrapping in March last year of the last two remaining Indian "
                 "duties on apples and pears from Turkey.")
    assert find(evs, actor="IND", target="TUR", instrument="tariff", action="lower"), evs


def test_a_possessive_before_a_rate_names_the_owner_when_a_target_follows() -> None:
    evs = events("Thaw\n\nExporters welcomed the removal of Japan's 38.5 per cent duties on Australian beef.")
    assert find(evs, actor="JPN", target="AUS", instrument="tariff"), evs
