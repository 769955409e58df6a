"""Findings of the review of round 13's diplomacy rules and of the fixes of round 12's review (talks
wrapped up, visits, talks with a counterpart, offers, "on the table", court verbs, calls, treaties, waivers
refused, proposals tabled, kept rates), on invented sentences: each reading as ANNOTATION.md and
eval/README.md give it."""

from __future__ import annotations

import pytest
from event_helpers import analyze_events, find


def events(text: str, published: str = "2025-06-11"):  # a Wednesday
    return analyze_events(text, published, headline=True)


def pairs(evs, instrument: str, action: str | None = None) -> set[frozenset[str | None]]:
    return {frozenset((e.actor, e.target)) for e in evs
            if e.instrument == instrument and (action is None or e.action == action)}


# 1. talks wrapped up without a deal, or a deal failed or only close, are talks held: no deal concluded
@pytest.mark.parametrize(("text", "pair"), [
    ("Talks wrapped up in Geneva without a deal on the US tariffs on Chinese goods.", ("USA", "CHN")),
    ("Talks between Washington and Beijing wrapped up on Friday with no agreement on tariffs.", ("USA", "CHN")),
    ("The US and Japan wrapped up talks on tariffs on Friday.", ("USA", "JPN")),
    ("Canada and the US failed to wrap up the talks on steel tariffs before the deadline.", ("USA", "CAN")),
    ("Mexico and the US are close to inking a deal on steel tariffs.", ("USA", "MEX")),
    ("Canada and the US failed to reach a deal on steel tariffs before the deadline.", ("USA", "CAN")),
    ("India and the EU wrapped up a sixth round of talks in Brussels without an agreement.", ("IND", "EU")),
])
def test_talks_wrapped_up_or_a_deal_not_reached_are_talks_not_a_deal(text, pair) -> None:
    evs = events(text)
    assert not find(evs, instrument="agreement"), evs
    assert frozenset(pair) in pairs(evs, "talks", "negotiate"), evs


@pytest.mark.parametrize(("text", "pair"), [
    ("The US and Japan wrapped up a trade deal on Friday that cuts tariffs on Japanese cars to 15%.", ("USA", "JPN")),
    ("Mexico and the US inked a deal on steel tariffs on Monday.", ("USA", "MEX")),
    ("Peru and the EU wrapped up negotiations on a trade agreement on Friday.", ("PER", "EU")),
])
def test_a_deal_wrapped_up_or_inked_is_still_a_deal(text, pair) -> None:
    evs = events(text)
    assert frozenset(pair) in pairs(evs, "agreement", "agree"), evs
    assert find(evs, instrument="agreement", status="concluded")


# 2. a visit is talks only when a leader or an official travels, about trade, and the place visited is the
# other side
@pytest.mark.parametrize("text", [
    "Taylor Swift toured Japan in February as Tokyo weighed tariffs on US beef.",
    "The Pope visited Canada as Ottawa's retaliatory tariffs on US steel took effect.",
    "Tourists from China visited Thailand in record numbers as Bangkok raised tariffs on Chinese steel.",
    "Zelensky travelled to Washington to seek more weapons, a day after Trump raised tariffs on Chinese goods to 145%.",
    "Officials travelled to Brussels in a bid to head off EU tariffs on US bourbon.",
    "A famous footballer visited Brazil on Monday as Brasilia cut tariffs on Argentine beef.",
])
def test_a_visit_by_no_official_or_beside_an_unrelated_measure_is_no_talks(text) -> None:
    assert not find(events(text), instrument="talks")


@pytest.mark.parametrize(("text", "pair"), [
    ("Macron visited Beijing on Wednesday to discuss EU tariffs on Chinese electric vehicles.", ("FRA", "CHN")),
    ("Norway's trade minister visited Beijing on Monday to discuss salmon tariffs.", ("NOR", "CHN")),
    ("Indian officials travelled to Washington on Monday to negotiate relief from the 50% tariffs.", ("IND", "USA")),
    ("Japan hosted Philippine President Ferdinand Marcos on Tuesday for talks on rice tariffs.", ("JPN", "PHL")),
])
def test_the_place_visited_is_the_other_side_of_the_talks(text, pair) -> None:
    evs = events(text)
    assert pairs(evs, "talks") == {frozenset(pair)}, evs


# 3. talks with a government's negotiator, a government body or its officials are talks with that government
@pytest.mark.parametrize(("text", "pair"), [
    ("Japan discussed the car tariffs with Washington's chief negotiator on Tuesday.", ("JPN", "USA")),
    ("Mexico took up the tomato duties with Washington's trade envoy on Monday.", ("MEX", "USA")),
    ("Beijing discussed the chip curbs with Washington's envoy on Tuesday.", ("CHN", "USA")),
    ("Britain discussed the steel tariffs with the European Commission on Monday.", ("GBR", "EU")),
    ("Mexico discussed the tomato duties with the Commerce Department on Monday.", ("MEX", "USA")),
    ("India discussed the steel tariffs with officials from Washington on Monday.", ("IND", "USA")),
    ("The EU raised its concerns about US steel tariffs with Washington.", ("EU", "USA")),
    ("Japan raised its concerns over the car tariffs with Greer on Tuesday.", ("JPN", "USA")),
    ("Vietnam raised its worries about the shrimp duties with negotiators from Washington.", ("VNM", "USA")),
])
def test_talks_with_a_governments_negotiator_body_or_officials(text, pair) -> None:
    evs = events(text)
    assert frozenset(pair) in pairs(evs, "talks", "negotiate"), evs


def test_each_government_of_a_joint_subject_holds_the_talks() -> None:
    evs = events("Japan and South Korea discussed the steel tariffs with Washington on Monday.")
    assert pairs(evs, "talks") == {frozenset(("JPN", "USA")), frozenset(("KOR", "USA"))}
    evs = events("Canada, Mexico and Brazil discussed the steel tariffs with Washington on Monday.")
    assert pairs(evs, "talks") == {frozenset((c, "USA")) for c in ("CAN", "MEX", "BRA")}


@pytest.mark.parametrize("text", [
    "Mexico raised its tariffs on Chinese steel with Washington's full backing.",
    "Britain discussed the steel tariffs with the WTO on Monday.",
])
def test_backing_or_an_international_body_is_still_no_counterpart(text) -> None:
    assert not find(events(text), instrument="talks")
