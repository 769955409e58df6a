"""Tariff, pause, deal and retaliation wordings of 2025 wire copy (round 14 probes). Every sentence is invented;
the facts (rates, countries) are those reported in 2025."""

from __future__ import annotations

from event_helpers import analyze_events

PUB = "2025-08-08"  # a Friday


def _rows(text: str, instrument: str = "tariff") -> set[tuple[object, ...]]:
    """(actor, target, action) of the events of ``text`` (read under a headline) with that instrument."""
    return {(e.actor, e.target, e.action) for e in analyze_events(text, PUB, headline=True)
            if e.instrument == instrument}


def test_the_seller_of_what_a_country_buys_is_no_target() -> None:
    # the reason of the measure names what the target buys, and from whom: not a second target
    assert _rows("India will face a 25% tariff plus an unspecified penalty for buying Russian oil, Trump said.") \
        == {("USA", "IND", "impose")}
    assert _rows("India will face a 25% tariff for buying oil from Russia, Trump said.") == {("USA", "IND", "impose")}
    assert _rows("Trump threatened on Monday to hike tariffs on India substantially over its purchases of "
                 "Russian oil.") == {("USA", "IND", "threaten")}
    assert _rows("Trump imposed an extra 25% tariff on Indian goods on Wednesday over New Delhi's continued "
                 "imports of Russian crude.") == {("USA", "IND", "impose")}


def test_goods_of_a_country_named_by_their_origin_still_make_it_the_target() -> None:
    assert _rows("The U.S. imposed tariffs on imports of Chinese steel.") == {("USA", "CHN", "impose")}
