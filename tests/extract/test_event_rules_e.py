"""Event rules added while widening the dev set with disputes outside the US-China core (e-articles).

Every sentence here is written for these tests; none comes from the dev set."""

from __future__ import annotations

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def events(text: str, published: str = "2021-05-14"):  # a Friday
    return analyze(Article(text=text, published=published)).events


def find(evs, **want):
    return [e for e in evs if all(getattr(e, k) == v for k, v in want.items())]


def test_lifting_a_duty_to_a_rate_raises_it() -> None:
    evs = events("Levies climb\n\nBrazil on Thursday lifted the duty on Canadian lumber to 35 percent.")
    hits = find(evs, actor="BRA", instrument="tariff")
    assert hits and {e.action for e in hits} == {"raise"}, evs


def test_rates_listed_respectively_pair_with_the_goods_in_order() -> None:
    evs = events("Metals row\n\nMexico said on Monday it had raised its tariffs on Korean steel and "
                 "aluminum, taking them to 40 percent and 15 percent respectively.")
    steel = find(evs, actor="MEX", target="KOR", subject=("steel",))
    alu = find(evs, actor="MEX", target="KOR", subject=("aluminum",))
    assert steel and steel[0].magnitude.text == "40 percent", evs
    assert alu and alu[0].magnitude.text == "15 percent", evs
    assert not find(evs, actor="KOR"), evs


def test_goods_and_rates_after_one_verb_are_one_event_each() -> None:
    evs = events("Duties go up\n\nIndonesia raised tariffs on Australian goods on Wednesday, lifting the duty "
                 "on Australian cars to 50 percent, on wine to 80 percent and on almonds to 30 percent.")
    rates = {e.magnitude.text: e.subject for e in find(evs, actor="IDN", target="AUS") if e.magnitude}
    assert rates.get("50 percent") == ("autos",), evs
    assert rates.get("80 percent") == ("agricultural_products",), evs
    assert rates.get("30 percent") == ("agricultural_products",), evs


def test_drinks_tobacco_nuts_fruit_and_pulses_are_farm_goods() -> None:
    evs = events("Retaliation\n\nVietnam imposed tariffs on American alcoholic drinks, leaf tobacco, walnuts, "
                 "apples and lentils on Tuesday.")
    hits = find(evs, actor="VNM", instrument="tariff")
    assert hits and hits[0].subject == ("agricultural_products",), evs


def test_anti_dumping_duties_are_one_tariff_event() -> None:
    evs = events("Pork duties\n\nMexico has cut the anti-dumping duties it charges on pork from the "
                 "European Union, its economy ministry said on Tuesday.")
    hits = [e for e in evs if e.actor == "MEX"]
    assert len(hits) == 1 and hits[0].instrument == "tariff" and hits[0].action == "lower", evs


def test_a_freeze_on_assets_is_a_sanction() -> None:
    evs = events("Spat widens\n\nOn Tuesday, Russia ordered a freeze on any assets in Russia of two Polish "
                 "ministers.")
    assert find(evs, actor="RUS", instrument="sanction", action="impose"), evs
