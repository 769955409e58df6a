"""Event rules from the g-articles (round 3b), one test per rule, on sentences written for these tests."""

from __future__ import annotations

from tradeshock.models import Article
from tradeshock.pipeline import analyze


def events(text: str, published: str = "2024-03-15"):  # a Friday
    return analyze(Article(text=text, published=published)).events


def find(evs, **want):
    return [e for e in evs if all(getattr(e, k) == v for k, v in want.items())]


def test_vegetables_are_agricultural_products() -> None:
    evs = events("Onion row\n\nCanada imposed a 12% duty on fresh tomatoes and onions from Peru on Tuesday.")
    hits = find(evs, instrument="tariff", actor="CAN")
    assert hits and "agricultural_products" in hits[0].subject, evs


def test_household_appliances_and_consumer_electronics_are_industrial_goods() -> None:
    evs = events("Appliance levy\n\nBrazil imposed a 15% tariff on refrigerators and televisions from Mexico "
                 "on Wednesday.")
    hits = find(evs, instrument="tariff", actor="BRA")
    assert hits and list(hits[0].subject) == ["industrial_goods"], evs
