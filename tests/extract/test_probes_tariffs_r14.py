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


def test_a_deal_of_two_governments_cutting_tariffs_on_one_sides_goods() -> None:
    # the goods' country is hit, the other side of the deal acts (not the goods' country acting on nobody)
    assert _rows("The US and the UK signed a trade deal on Thursday that cuts tariffs on British cars to 10%.") \
        == {("USA", "GBR", "lower")}
    assert _rows("Japan and the United States reached a trade deal on Tuesday that lowers tariffs on Japanese "
                 "cars to 15%.") == {("USA", "JPN", "lower")}
    assert _rows("The European Union and the United States agreed on Sunday to a framework deal setting a 15% "
                 "tariff on most EU goods.") == {("USA", "EU", "impose")}
    assert _rows("Under the deal, the US will cut tariffs on British cars to 10%.") == {("USA", "GBR", "lower")}


def test_a_deal_rate_keeps_its_magnitude() -> None:
    evs = [e for e in analyze_events("The European Union and the United States agreed on Sunday to a framework "
                                     "deal setting a 15% tariff on most EU goods.", PUB, headline=True)
           if e.instrument == "tariff"]
    assert [e.magnitude.text if e.magnitude else None for e in evs] == ["15%"]


def test_two_governments_extending_or_pausing_their_truce_act_each_on_the_other() -> None:
    mutual = {("USA", "CHN"), ("CHN", "USA")}
    evs = analyze_events("US and China extend tariff truce by 90 days\nThe two sides agreed on Monday.", PUB)
    assert {(e.actor, e.target) for e in evs if e.instrument == "tariff" and e.action == "extend"} == mutual
    evs = analyze_events("US, China agree to extend tariff truce by 90 days\nThe two sides agreed on Monday.", PUB)
    assert {(e.actor, e.target) for e in evs if e.instrument == "tariff" and e.action == "extend"} == mutual
    assert {(a, t) for a, t, act in _rows("The United States and China extended their tariff truce for another "
                                          "90 days on Monday.") if act == "extend"} == mutual
    assert _rows("Washington and Beijing paused most of their tariffs for 90 days on Monday.") \
        == {("USA", "CHN", "suspend"), ("CHN", "USA", "suspend")}


def test_two_governments_raising_tariffs_on_a_third_both_hit_it() -> None:
    assert _rows("The United States and Canada raised tariffs on Chinese steel on Monday.") \
        == {("USA", "CHN", "raise"), ("CAN", "CHN", "raise")}


def test_ending_or_suspending_the_de_minimis_exemption_applies_the_duty() -> None:
    # eval/README.md: ending an exemption applies the tariff (impose, tighten accepted)
    assert _rows("Washington ended the de minimis exemption for low-value packages on Aug. 29.") \
        == {("USA", None, "impose")}
    assert _rows("The United States suspended duty-free de minimis treatment for all countries on Aug. 29.") \
        == {("USA", None, "impose")}
    assert _rows("Trump eliminated the de minimis exemption for goods from China and Hong Kong on May 2.") \
        == {("USA", "CHN", "impose"), ("USA", "HKG", "impose")}
    assert _rows("Trump suspended the tariff exemption for Canadian aluminum on Tuesday.") == {("USA", "CAN", "impose")}
    # a suspended tariff is still a pause
    assert _rows("Trump suspended the tariffs on Canadian aluminum on Tuesday.") == {("USA", "CAN", "suspend")}


def test_a_relief_ended_takes_no_target_from_another_measure_of_the_story() -> None:
    text = ("US scraps duty-free entry for small parcels\n"
            "The United States on Friday ended the duty-free treatment of low-value imports for every country. "
            "The change came two days after Washington's tariff on most Indian goods doubled to 50%, a penalty "
            "for New Delhi's purchases of Russian oil.")
    rows = {(e.actor, e.target, e.action) for e in analyze_events(text, PUB) if e.instrument == "tariff"}
    assert rows == {("USA", None, "impose"), ("USA", "IND", "raise")}


def test_duties_carriers_are_unable_to_collect_are_no_measure() -> None:
    for said in ("Airlines were unable to collect the duties, the postal service said.",
                 # ("cannot" is no case here: the tokenizer splits it into "can" + "not", negated before)
                 "Carriers said postal operators were unable to collect the new duties."):
        text = "Washington doubled its tariff on Indian goods to 50% on Wednesday. " + said
        assert _rows(text) == {("USA", "IND", "raise")}, said



def test_a_total_restated_by_a_participle_after_a_comma_is_no_second_measure() -> None:
    # ", raising the total duty to 50%" sums the measures told (as "bringing the total to"), no raise of its own
    def rows(text: str) -> list[tuple[object, ...]]:
        return [(e.actor, e.target, e.action, e.magnitude.text if e.magnitude else None)
                for e in analyze_events(text, PUB, headline=True)]

    assert rows("Trump added a 25% tariff on Indian goods on Wednesday, raising the total duty to 50%.") \
        == [("USA", "IND", "impose", "25%")]
    assert rows("Trump slapped an extra 10% tariff on Chinese goods on Tuesday, raising the total to 20%.") \
        == [("USA", "CHN", "impose", "10%")]
    # without the comma the order raising the total is the act itself
    assert rows("Trump signed an order raising the total tariff on Chinese goods to 145%.") \
        == [("USA", "CHN", "raise", "145%")]
